"""The Reference lists page: headquarters adds, renames, translates and retires the entries of the lists it extends
(thematic areas, stakeholder types and target groups, the mechanism lists); offices see them read-only."""

"""Programme calculations over the records: what is due, figures, the fund, grants, priorities, results, the
thread from a recommendation to what was done."""

"""English: the words that name data (enum labels, reference names, field titles)."""

WORDS = {'criterion.board_of_trustees': 'Recommendations of the Board of Trustees',
 'criterion.coordination': 'Coordination with other UN bodies and donors',
 'criterion.least_developed': 'Least developed country',
 'criterion.national_views': 'Views of national institutions and NGOs',
 'criterion.special_procedures': 'Needs named by special rapporteurs, representatives and working groups',
 'criterion.transition': 'Country in transition to democracy',
 'criterion.treaty_bodies': 'Needs named by treaty bodies'}

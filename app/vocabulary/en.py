"""English: the words that name data (enum labels, reference names, field titles) and the texts of problems."""

WORDS = {'field.treaty_body_id': 'Treaty body',
 'field.mandate': 'Special procedure mandate',
 'field.upr_cycle_id': 'UPR cycle',
 'field.recommending_state_id': 'Recommending state',
 'field.document_symbol': 'Document symbol',
 'field.paragraph': 'Paragraph',
 'field.response': "State's response",
 'field.response_comment': 'Response comment',
 'field.affected_group_ids': 'Affected persons',
 'field.sdg_target_ids': 'SDG targets',
 'field.recommendation.project_ids': 'Projects that answer it',
 'enum.RecommendationSource.other': 'Other mechanism',
 'enum.StateResponse.not_recorded': 'No response recorded',
 'enum.StateResponse.supported': 'Supported',
 'enum.StateResponse.noted': 'Noted',
 'enum.StateResponse.under_consideration': 'Under consideration',
 'field.merged_into': 'Merged into',
 'field.other_id': 'Other participant',
 'criterion.board_of_trustees': 'Recommendations of the Board of Trustees',
 'criterion.coordination': 'Coordination with other UN bodies and donors',
 'criterion.least_developed': 'Least developed country',
 'criterion.national_views': 'Views of national institutions and NGOs',
 'criterion.special_procedures': 'Needs named by special rapporteurs, representatives and working groups',
 'criterion.transition': 'Country in transition to democracy',
 'criterion.treaty_bodies': 'Needs named by treaty bodies',
 'problem.activity_too_long': 'An activity can last at most {days} days.',
 'problem.already_enrolled': 'This participant is already enrolled in this activity.',
 'problem.already_used': '{title} “{value}” is already used by another record.',
 'problem.appears_twice': '{title} “{value}” appears twice.',
 'problem.at_least': '{title} must be at least {low}.',
 'problem.at_most': '{title} must be at most {high}.',
 'problem.attendance_too_long': 'Attendance lists {listed} days but the activity lasts {days}.',
 'problem.before_last_change': "The date {date} is before the {noun}'s last status change ({last}).",
 'problem.between': '{title} must be between {low} and {high}.',
 'problem.consent_needed': "Contact details may be kept only with the participant's consent.",
 'problem.date_order': 'The end date {end} is before the start date {start}.',
 'problem.decision_before_received': 'The decision cannot come before the request was received.',
 'problem.decision_reasons': 'Give the reasons for the decision: approved and declined requests are explained.',
 'problem.duplicate': 'There is already a {entity} for {key}.',
 'problem.exit_before_start': 'The exit date cannot come before the project starts.',
 'problem.forbidden_character': '{title} contains a character that is not allowed: {char}. Remove it.',
 'problem.import_duplicate_row': 'The same as row {row}.',
 'problem.import_missing': 'A value is required here.',
 'problem.import_no_project': 'There is no project with the code “{input}”.',
 'problem.import_not_a_date': '“{input}” is not a date: write it as a date, or as YYYY-MM-DD or DD.MM.YYYY.',
 'problem.import_not_a_number': '“{input}” is not a number.',
 'problem.import_not_allowed': '“{input}” is not one of the allowed values ({allowed}).',
 'problem.import_not_whole': '“{input}” is not a whole number.',
 'problem.import_not_yes_no': '“{input}” is not yes or no.',
 'problem.import_unknown_country': '“{input}” is not a known country: write its ISO 3166 code (GT, MW, RU…).',
 'problem.import_unknown_stakeholder': '“{input}” is not a known stakeholder type.',
 'problem.import_unknown_theme': '“{input}” is not a known thematic area.',
 'problem.invalid': '{title}: {detail}.',
 'problem.mission_before_request': 'The mission cannot start before the request was received.',
 'problem.no_parent': 'There is no {entity} with id {id}.',
 'problem.no_such_record': '{title}: there is no {entity} with id {id}.',
 'problem.not_a_date': '{title}: “{input}” is not a date.',
 'problem.not_a_kind_of_record': "'{table}' is not a kind of record.",
 'problem.not_a_number': '{title}: “{input}” is not a number.',
 'problem.not_a_status': "'{value}' is not a status of a {noun}; known: {allowed}.",
 'problem.not_an_email': 'This is not an e-mail address (name@example.org).',
 'problem.not_known_value': '{title}: “{input}” is not one of the known values.',
 'problem.not_yes_no': '{title}: “{input}” is not yes or no.',
 'problem.parent_deleted': 'The {entity} {id} was deleted.',
 'problem.record_deleted': '{title}: the {entity} {id} was deleted.',
 'problem.required': '{title} is required.',
 'problem.staff_or_expert': 'Name a staff member or choose an expert from the roster.',
 'problem.status_closed': 'A {noun} that is {old} is closed: its status no longer changes (not to {new}).',
 'problem.status_jump': 'A {noun} cannot go from {old} to {new}; from {old} it can go to: {allowed}.',
 'problem.system_field': "'{name}' is kept by FieldDesk and cannot be set directly.",
 'problem.target_is_baseline': 'The target must differ from the baseline, or progress cannot be measured.',
 'problem.too_long': '{title} must have at most {max} characters.',
 'problem.too_short': '{title} must have at least {min} characters.',
 'problem.unknown_field': "{entity} has no field '{name}'.",
 'problem.check_recorded': "This project's check at {months} months after the exit is already recorded."}

# coordination register (tools/translations/coordination_words.py)
WORDS.update({
    'enum.PartnerKind.un_agency': 'UN agency',
    'enum.PartnerKind.donor': 'Donor',
    'enum.PartnerKind.ngo': 'NGO',
    'enum.PartnerKind.government': 'Government body',
    'enum.PartnerKind.nhri': 'National human rights institution',
    'enum.PartnerKind.other': 'Other',
    'enum.PlanStage.existing': 'Existing',
    'enum.PlanStage.planned': 'Planned',
    'field.partner.name': 'Name',
    'field.acronym': 'Acronym',
    'field.partner.kind': 'Kind of partner',
    'field.website': 'Website',
    'field.contact': 'Contact',
    'field.partner_id': 'Partner',
    'field.partner_activity.theme_ids': 'Thematic areas',
    'field.partner_activity.target_group_ids': 'Target groups',
    'field.stage': 'Existing or planned',
    'field.amount': 'Amount',
    'field.currency': 'Currency',
    'field.contact_person': 'Contact person',
    'field.framework_outcome': 'Cooperation framework outcome',
    'field.info_source': 'Source of the information',
    'field.info_date': 'Information as of',
    'problem.currency_needed': 'Give the currency of the amount (an ISO 4217 code: USD, EUR, GTQ…).',
    'problem.unknown_currency': '“{input}” is not a currency code (ISO 4217: USD, EUR, GTQ…).',
    'problem.import_similar_partner': '“{input}” is not in the register but looks like {similar}, which is: write it as recorded, or record the new partner on the Coordination page first.',
    'enum.CriterionEvaluation.coordination': 'UN agencies and donors met in the needs assessment, and their work in the coordination register',
})
# The Voluntary Fund (fund22): its words are written in one module.
from app.vocabulary.fund_words import fund_words  # noqa: E402

WORDS.update(fund_words("en"))

# Grants (grants22)
WORDS.update({
    'problem.paid_needs_date': 'A paid tranche needs the date it was paid.',
    'problem.paid_date_not_paid': 'Tick “Paid”, or clear the paid date.',
    'problem.accepted_not_received': 'A report is accepted after it is received: give the date it was received.',
    'problem.accepted_before_received': 'The acceptance date {date} is before the report was received ({last}).',
    'problem.tranche_recorded': 'This grant already has a tranche {number}.',
})

# Fellowships (fellow22)
WORDS.update({
    'field.fellowship.participant_id': 'Fellow',
    'field.fellowship_id': 'Fellowship',
    'problem.placement_too_long': 'A placement can last at most {days} days.',
    'problem.placement_needs_start': "A fellowship in placement or completed needs the placement's start date.",
    'problem.completed_needs_end': "A completed fellowship needs the placement's end date.",
    'problem.completed_needs_report': 'A completed fellowship needs the date its final report was received.',
    'problem.report_before_placement': 'The final report cannot be received before the placement starts.',
    'problem.fellow_in_cohort': 'This person is already a fellow of the cohort “{cohort}”.',
})

# Reviews (review23)
WORDS.update({
    'problem.interview_whom': 'Name who was interviewed or their organisation, or choose a stakeholder meeting.',
})

# Several countries: scopes and UN M49 regions (multi22)
WORDS.update({
    'problem.country_twice': 'A country is listed twice.',
    'problem.countries_not_in_scope': 'A national or global record lists no countries covered: its country is the one above.',
    'problem.regions_not_in_scope': 'Only a regional or interregional record has regions.',
    'problem.regional_one_region': 'Choose the one region a regional record covers.',
    'problem.several_countries_needed': 'List at least {count} countries covered (one country is a national record).',
    'region.002': 'Africa',
    'region.015': 'Northern Africa',
    'region.202': 'Sub-Saharan Africa',
    'region.014': 'Eastern Africa',
    'region.017': 'Middle Africa',
    'region.018': 'Southern Africa',
    'region.011': 'Western Africa',
    'region.019': 'Americas',
    'region.419': 'Latin America and the Caribbean',
    'region.029': 'Caribbean',
    'region.013': 'Central America',
    'region.005': 'South America',
    'region.021': 'Northern America',
    'region.142': 'Asia',
    'region.143': 'Central Asia',
    'region.030': 'Eastern Asia',
    'region.035': 'South-eastern Asia',
    'region.034': 'Southern Asia',
    'region.145': 'Western Asia',
    'region.150': 'Europe',
    'region.151': 'Eastern Europe',
    'region.154': 'Northern Europe',
    'region.039': 'Southern Europe',
    'region.155': 'Western Europe',
    'region.009': 'Oceania',
    'region.053': 'Australia and New Zealand',
    'region.054': 'Melanesia',
    'region.057': 'Micronesia',
    'region.061': 'Polynesia',
    'problem.import_unknown_region': '“{input}” is not a known region: write its name or its UN M49 code (013 for Central America).',
})
WORDS['problem.no_such_cohort'] = 'No fellowship is recorded in a cohort named “{cohort}”. Cohorts recorded: {known}.'
# a partner's activity is named as on the Coordination page, in sheets too (its import reads either)
WORDS['field.partner_activity.title'] = 'Activity'

# National human rights institutions (nhri21): their words are written in one module.
from app.vocabulary.institution_words import institution_words  # noqa: E402

WORDS.update(institution_words("en"))
# entry15: merging two offices' records is refused, said plainly
WORDS['problem.merge_two_offices'] = "{keep} belongs to office {keep_office} and {other} to office {other_office}: records of two offices cannot be merged. Each office holds only its own people, so office {other_office}'s enrolments would point at a person it does not have. Merge duplicates within one office (each office can merge its own); when both offices know this person, keep both records, each enrolled in its own office's activities."
# National action plans (plans21): their words are written in one module.
from app.vocabulary.plan_words import plan_words  # noqa: E402

WORDS.update(plan_words("en"))

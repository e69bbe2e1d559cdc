"""Open Referral HSDS 3.0 import and export.

``dichtbij import FILE`` reads an HSDS 3.0 JSON document (:func:`catalogue.hsds.importer.import_hsds`),
converts it to Dichtbij's own catalogue document (docs/catalogue-data-format.md) and loads that
through :func:`catalogue.bulk.load_document`: every record is validated as an editor's edit would
be, and when any record has a problem nothing is written and every problem is listed as
``service <HSDS id>: <HSDS field>: <reason>``. ``dichtbij export FILE``
(:func:`catalogue.hsds.exporter.export_hsds`) writes the catalogue in the same shape, and
:func:`catalogue.hsds.exporter.service_to_hsds` and :func:`~catalogue.hsds.exporter.local_team_to_hsds` give
one fully nested service (an activity or a local team) for the HSDS API (``/api/hsds``).

Shapes read
-----------
``{"organizations", "services", "locations", "service_at_locations", "taxonomy_terms"}`` (records
linked by ``organization_id`` / ``service_id`` / ``location_id`` / ``taxonomy_term_id``; the other
HSDS tables such as ``attributes``, ``service_areas``, ``schedules``, ``phones``, ``addresses``,
``taxonomies`` may be given the same way), the tabular form (``"services.csv": [...]``), a list of
services, a single service, a paged API answer (``{"contents": [...]}``), an organization with its
``services``, and service-at-location records with a nested ``service``. Nested objects win over
flat ones. A document without any service (a location, a taxonomy, ``base.json``) is refused
with :class:`~catalogue.hsds.reader.HSDSFormatError` naming what it did hold.

Mapping (Dichtbij -> HSDS; import is the reverse unless noted)
---------------------------------------------------------------

=============================  ===============================================================
Dichtbij                       HSDS 3.0
=============================  ===============================================================
activity public id             ``service.id``, kept exactly as given (many feeds use non-UUIDs;
                               HSDS declares ``format: uuid``, Dichtbij does not enforce it)
title / description            ``name`` / ``description``
summary                        attribute, taxonomy ``dichtbij-fields``, code ``summary``,
                               ``value`` = the text. Import without it: the description's
                               first sentence (at most 300 characters)
translations (title, summary,  attributes, taxonomy ``dichtbij-translations``, code ``title`` /
description per language)      ``summary`` / ``description``, the term's ``language`` = the
                               translation's language, ``value`` = the text
themes / audiences             attributes whose ``taxonomy_term`` is in taxonomy
                               ``dichtbij-themes`` / ``dichtbij-audiences``, code = slug. The
                               top-level ``taxonomy_terms`` hold one term per theme and label
                               language (``language``), so labels travel too. Import: a term of
                               these taxonomies is created as a theme/audience when missing; a
                               term of any other taxonomy whose code or name (slugified) is a
                               known theme/audience slug maps to it; other terms are ignored
formats                        attributes, taxonomy ``dichtbij-formats`` (group, individual,
                               online, walk_in, home_visit; import also knows "groep",
                               "individueel", "inloop", "huisbezoek", "walk-in")
evidence level                 attribute, taxonomy ``dichtbij-evidence-levels`` (NJi ladder:
                               goed_beschreven ... effectief_sterke); also as text in
                               ``accreditations`` (export only)
no referral needed             attribute ``dichtbij-fields`` / ``no_referral_needed``, value
                               ``true``. Import: ``false`` is refused (Dichtbij lists
                               referral-free help only); absent means true
min_age / max_age              ``minimum_age`` / ``maximum_age``. Import: absent -> 0 / 23,
                               a maximum above 99 (``100`` = no limit) -> 99
free / cost                    free: ``fees_description`` "Gratis" and a ``cost_options`` entry
                               with amount 0 EUR; paid: ``fees_description`` = the cost text.
                               Import: ``fees_description`` (or deprecated ``fees``) "gratis" /
                               "free" / "0" -> free, other text -> paid with that text; else
                               ``cost_options`` (all amounts 0 -> free, otherwise paid with a
                               text made of amount, currency, description and option); no cost
                               information at all -> free (as in Dichtbij's own format)
sign-up url / email / phone    ``url`` / ``email`` / ``phones[0].number`` (import falls back to
                               ``contacts[].email`` / ``contacts[].phones``; quotes around
                               numbers are stripped, extensions ignored)
sign-up by walking in          attribute ``dichtbij-fields`` / ``signup_walk_in``, value ``true``
(sign-up, in words)            ``application_process`` is written on export from the fields
                               above; import does not read it
languages                      ``languages[].code`` (ISO 639-1; import also maps ISO 639-2/3
                               codes, "nl-NL" and common names; none given -> ``nl``)
locations                      ``service_at_locations[]`` -> ``location`` (id = the location's
                               public id, ``name``, ``location_type`` physical) with one
                               ``addresses[]`` entry: ``address_1`` = street, ``postal_code``,
                               ``city``, ``country`` NL, ``state_province`` "" (not stored).
                               Import: a physical address before a postal one, ``address_2`` is
                               appended to the street, virtual locations are skipped, a country
                               other than NL is refused
schedules                      ``schedules[]``: ``byday`` (with ``freq`` WEEKLY),
                               ``opens_at``, ``closes_at`` (HH:MM, local time), ``description``.
                               Import: service schedules, else the service-at-location ones;
                               seconds and time-zone suffixes are dropped ("10:00:00" ->
                               "10:00"); a MONTHLY / every-n-weeks rule keeps only its
                               description (written in Dutch when it has none), since Dichtbij
                               stores weekly days; ``valid_from``/``until``/``count`` are not kept
provider                       ``organization`` (nested) / ``organization_id`` + top-level
                               ``organizations``: id, ``name``, ``description``, ``website``,
                               ``email``, ``phones[0]``. Every organization in the document is
                               imported as a provider
municipality                   ``service_areas[].name`` = the municipality's name ("Bergen op
                               Zoom"; "Gemeente " before it is ignored), ``uri`` =
                               ``urn:dichtbij:municipality:<slug>``. Import: the slug from the
                               uri, else a known municipality with that name, else a new one
                               with slug = slugified name (``bergen-op-zoom``) when the name is
                               a plausible place name (at most 60 characters and 6 words, no
                               digits, not a sentence). A service must name exactly one
                               municipality
neighbourhoods                 one service area per neighbourhood: ``name`` "<municipality> -
                               <neighbourhood>" (spaced hyphen or dash), ``uri``
                               ``urn:dichtbij:neighbourhood:<municipality>/<slug>``; no
                               neighbourhood area = the whole municipality. Created when missing
PC4 postcodes of a             ``extent_type`` "text", ``extent`` "PC4: 7201, 7202" on that
neighbourhood                  neighbourhood's service area (import also accepts extent_type
                               "postcodes"/"pc4" and a bare list of 4-digit numbers)
status                         published -> ``active``; archived -> ``inactive``; draft ->
                               ``inactive`` plus attribute ``dichtbij-fields`` / ``status`` =
                               ``draft``. Import: active -> published; inactive, defunct,
                               temporarily closed -> archived (draft with that attribute)
last_checked / review_due      ``assured_date`` / attribute ``dichtbij-fields`` /
                               ``review_due`` (import without it: last_checked + 1 year)
updated_at                     ``last_modified`` (export only)
local team                     a service with the term ``lokaal-team`` (taxonomy
                               ``dichtbij-service-types``; on import the code or name in any
                               taxonomy): ``name``, ``description``, ``phones[0]``, ``email``,
                               ``url`` = website, ``schedules[].description`` = walk-in hours,
                               the first location's address, service areas = municipality and
                               neighbourhoods. A team service that is not ``active`` is skipped
                               (an existing team is left as it is)
=============================  ===============================================================

Activities and local teams are both services, so they never share an id: an import is refused
(nothing written) when a service id appears twice in the document, when an activity's id is a
stored local team's, or when a team's id is a stored activity's. The service layer refuses the
same for every other write.

Ids Dichtbij has no stored id for (phones, schedules, service areas, attributes, addresses,
service-at-location links, taxonomy terms and taxonomies, a local team's location) are UUID 5s
derived from the owner's public id, so an export is repeatable.

What HSDS does not carry
------------------------
Created/updated timestamps and the optimistic-locking version (``last_modified`` is written but
an import sets its own time), editor accounts, error reports and callback requests, search
synonyms, and municipalities or neighbourhoods that no exported service or local team uses. The
province of an address is not stored, so ``state_province`` is exported empty. Import ignores
HSDS fields Dichtbij has no place for (``alternate_name``, ``eligibility_description``,
``application_process``, ``required_documents``, ``funding``, ``program``, accessibility,
coordinates, contacts' names, a location's own schedules and phones).
"""

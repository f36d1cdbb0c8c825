#!/usr/bin/env python3
"""Independent validation of discpath's FHIR output, in R5 and in R4.

Runs the built binary and checks what it prints, for each release (--fhir-version 5.0.0 and
4.0.1):
  1. `discpath export questionnaire` is a valid Questionnaire for fhir.resources 8.x (pydantic
     models of every element: unknown elements, wrong types and missing required elements are
     refused, in nested items too): its R5 models for R5, its R4B models for R4 (the closest
     release the package models; R4B's Questionnaire and the resources used here are R4's);
  2. `discpath evaluate --format fhir` prints one valid Bundle a line, for a representative
     answer set of every tier in every audience and, with --answer-space FILE, for every answer
     set in FILE (the intake's whole answer space, which the Swift test writes), streamed from
     one evaluate run per audience;
  3. the coded values fhir.resources does not check are in their value sets (copied below from
     the specifications), and the narratives are well-formed XHTML;
  4. the resources agree with each other and with the Questionnaire: every reference resolves,
     the response answers exactly the items the Questionnaire's enableWhen enables (evaluated
     here with FHIR's rules), "None of these" excludes every other option without the
     optionExclusive extension, the referral's priority follows the tier, the subject and time
     given are everywhere they belong, and the warnings travel with the result;
  5. ids: random version-4 UUIDs, never the same twice; with --stable-ids name-based (version 5)
     and the same bytes for the same input;
  6. `discpath export codesystems` is a Bundle of valid CodeSystems, and every code of discpath's
     own systems that the Questionnaire and the Bundles use is in them, with their display.
Prints one line per problem, then a summary with the counts and the time taken; exits 1 when
there is a problem.

Run by Tests/DiscpathCLITests/FHIRValidationTests.swift with the virtual environment that
`make test` creates in .build/venv.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree

import fhir.resources
import fhir.resources.R4B

VERSIONS = {
    "5.0.0": {"name": "R5", "short": "5.0", "model": fhir.resources.get_fhir_model_class,
              "choice": "coding", "referral": ["ServiceRequest"]},
    "4.0.1": {"name": "R4", "short": "4.0", "model": fhir.resources.R4B.get_fhir_model_class,
              "choice": "choice", "referral": ["RequestGroup", "ServiceRequest"]},
}

# Value sets (R5 5.0.0; R4 4.0.1 has the same codes for these, less those marked R5 only).
PUBLICATION_STATUS = {"draft", "active", "retired", "unknown"}
# item-type: "question" is abstract; "coding" is R5 only, "choice" and "open-choice" R4 only.
ITEM_TYPE = {"5.0.0": {"group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time",
                       "string", "text", "url", "coding", "attachment", "reference", "quantity"},
             "4.0.1": {"group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time",
                       "string", "text", "url", "choice", "open-choice", "attachment", "reference", "quantity"}}
ENABLE_OPERATOR = {"exists", "=", "!=", ">", "<", ">=", "<="}
ENABLE_BEHAVIOR = {"all", "any"}
ANSWER_CONSTRAINT = {"optionsOnly", "optionsOrType", "optionsOrString"}  # R5 only
BUNDLE_TYPE = {"document", "message", "transaction", "transaction-response", "batch",
               "batch-response", "history", "searchset", "collection"}
RESPONSE_STATUS = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
GUIDANCE_STATUS = {"success", "data-requested", "data-required", "in-progress", "failure",
                   "entered-in-error"}
REQUEST_STATUS = {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"}
REQUEST_INTENT = {"proposal", "plan", "directive", "order", "original-order", "reflex-order",
                  "filler-order", "instance-order", "option"}
REQUEST_PRIORITY = {"routine", "urgent", "asap", "stat"}
DATA_ABSENT_REASON = {"unknown", "asked-unknown", "temp-unknown", "not-asked", "asked-declined",
                      "masked", "not-applicable", "unsupported", "as-text", "error", "not-a-number",
                      "negative-infinity", "positive-infinity", "not-performed", "not-permitted"}
ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
ITEM_CONTROL_CODES = {"help": "Help-Button", "check-box": "Check-box", "radio-button": "Radio Button"}
OPTION_EXCLUSIVE = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"
UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit"
ENTRY_FORMAT = "http://hl7.org/fhir/StructureDefinition/entryFormat"
DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
XHTML = "{http://www.w3.org/1999/xhtml}"
# The elements the narratives may use, from the XHTML subset FHIR allows (never script, forms,
# or anything active).
NARRATIVE_ELEMENTS = {"div", "p", "b", "i", "br", "ul", "ol", "li", "span"}

# The answer keys of `discpath evaluate`, which are the question items' linkIds.
ANSWER_KEYS = ["redFlags", "severeRadicularPain", "weeksOfConservativeCare", "symptomsPersist",
               "therapiesTried", "mri", "correlation", "willingToConsiderSurgery"]
AUDIENCES = ["clinician", "patient", "trainee"]

NO_FLAGS = {"redFlags": [], "severeRadicularPain": "no"}
SURGICAL = {**NO_FLAGS, "weeksOfConservativeCare": 12, "symptomsPersist": "yes",
            "therapiesTried": ["physicalTherapy", "painSpecialist"], "mri": "rootCompression"}
SURGEON = {**SURGICAL, "correlation": "matches", "willingToConsiderSurgery": "yes"}
CASES = {
    "immediate, red flags found": {"redFlags": ["urinaryRetentionOrIncontinence", "saddleAnesthesia"]},
    "immediate, red flags not sure only": {"redFlags": ["unsure"]},
    "specialist within 2 weeks": {"redFlags": [], "severeRadicularPain": "yes"},
    "primary care, 3 weeks": {**NO_FLAGS, "weeksOfConservativeCare": 3},
    "primary care, severity not sure, 0 weeks": {"redFlags": [], "severeRadicularPain": "unsure",
                                                 "weeksOfConservativeCare": 0},
    "interventional pain, 6 weeks": {**NO_FLAGS, "weeksOfConservativeCare": 6, "symptomsPersist": "yes"},
    "interventional pain, 8 weeks": {**NO_FLAGS, "weeksOfConservativeCare": 8, "symptomsPersist": "yes"},
    "interventional pain, 9 weeks, no pain specialist": {
        **NO_FLAGS, "weeksOfConservativeCare": 9, "symptomsPersist": "yes", "therapiesTried": ["physicalTherapy", "nsaids"],
        "mri": "notDone"},
    "interventional pain, only the inferred criterion unmet": {
        **NO_FLAGS, "weeksOfConservativeCare": 12, "symptomsPersist": "unsure", "therapiesTried": ["physicalTherapy"],
        "mri": "rootCompression", "correlation": "matches", "willingToConsiderSurgery": "yes"},
    "primary care, improving at 10 weeks": {**NO_FLAGS, "weeksOfConservativeCare": 10, "symptomsPersist": "no"},
    "interventional pain, no physical therapy, 14 weeks (overdue)": {
        **NO_FLAGS, "weeksOfConservativeCare": 14, "symptomsPersist": "yes", "therapiesTried": []},
    "interventional pain, no root compression": {**SURGICAL, "mri": "noRootCompression"},
    "interventional pain, no radicular symptoms": {**SURGICAL, "correlation": "noRadicularSymptoms"},
    "interventional pain, surgery declined": {**SURGICAL, "correlation": "matches",
                                              "willingToConsiderSurgery": "no"},
    "spine surgeon": SURGEON,
    "spine surgeon, at the most weeks": {**SURGEON, "weeksOfConservativeCare": 520},
}
# The referral each tier proposes, by the source's urgency words; primary care refers nobody.
TIER_PRIORITY = {"immediate-spine-surgeon": "stat", "specialist-within-2-weeks": "urgent",
                 "primary-care-conservative": None, "interventional-pain": "routine",
                 "spine-surgeon": "routine"}
SUBJECT = "Patient/example-1"
AUTHORED = "2026-12-02T10:30:00+01:00"
UUID_URN = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")

problems = []
counts = {"Questionnaire": 0, "Bundle": 0, "resource": 0, "CodeSystem": 0}
# discpath's own code systems, as `export codesystems` prints them: url -> code -> display.
code_systems = {}


def problem(where, text):
    if len(problems) < 200:
        problems.append(f"{where}: {text}")
    elif len(problems) == 200:
        problems.append("... more problems left out")


def run(discpath, *arguments, stdin=None):
    done = subprocess.run([discpath, *arguments], input=stdin, capture_output=True, text=True)
    if done.returncode != 0:
        problem("discpath " + " ".join(arguments), f"exit {done.returncode}: {done.stderr.strip()}")
    return done.stdout


# Resources already validated, by release and content with their urn:uuid ids made one: many
# answer sets give the same result but for the ids (every red-flag set, for one), and the models
# judge the same content the same way, so each is validated once. Validation is most of the time
# this check takes.
validated = {}
ANY_URN = re.compile(r"urn:uuid:[0-9a-f-]{36}")


def validate(version, resource, where):
    """`resource` by fhir.resources' model of its type in `version` (a Bundle's entries each on
    their own: the Bundle's model would validate them again)."""
    if resource.get("resourceType") == "Bundle":
        shell = {**resource, "entry": [{k: v for k, v in e.items() if k != "resource"} for e in resource.get("entry", [])]}
        return validate_once(version, shell, where) and \
            all(validate(version, e.get("resource", {}), f"{where}, {e.get('resource', {}).get('resourceType')}")
                for e in resource.get("entry", []))
    return validate_once(version, resource, where)


def validate_once(version, resource, where):
    key = (version, ANY_URN.sub("urn:uuid:00000000-0000-4000-8000-000000000000", json.dumps(resource, sort_keys=True)))
    if key in validated:
        return validated[key]
    try:
        VERSIONS[version]["model"](resource["resourceType"]).model_validate(resource)
        validated[key] = True
    except Exception as error:  # pydantic.ValidationError with every failing path, or an unknown type
        problem(where, "fhir.resources refuses it: " + " | ".join(str(error).splitlines()))
        validated[key] = False
    return validated[key]


def in_value_set(value, value_set, where, element):
    if value not in value_set:
        problem(where, f"{element} {value!r} is not in its value set")


def walk(items, path="item"):
    for index, item in enumerate(items or []):
        yield f"{path}[{index}]", item
        yield from walk(item.get("item"), f"{path}[{index}].item")


def extensions(element, url):
    return [e for e in element.get("extension", []) if e.get("url") == url]


def check_narrative(resource, where):
    """A DomainResource's `text`: generated, one XHTML div of allowed elements, no attributes
    but the namespace, well formed."""
    text = resource.get("text")
    if not isinstance(text, dict) or text.get("status") != "generated" or not text.get("div"):
        problem(where, "no generated narrative")
        return
    try:
        root = ElementTree.fromstring(text["div"])
    except ElementTree.ParseError as error:
        problem(where, f"narrative is not well-formed XHTML: {error}")
        return
    if root.tag != XHTML + "div":
        problem(where, f"narrative's root is {root.tag}, not an XHTML div")
    for element in root.iter():
        if not element.tag.startswith(XHTML) or element.tag[len(XHTML):] not in NARRATIVE_ELEMENTS:
            problem(where, f"narrative holds a {element.tag} element")
        if element.attrib:
            problem(where, f"narrative element {element.tag} has attributes {element.attrib}")
    if not "".join(root.itertext()).strip():
        problem(where, "narrative is empty")


def check_profile(resource, version, where):
    """meta.profile names the release (FHIR's version-specific URL of the resource's definition,
    which LHC-Forms reads)."""
    short = VERSIONS[version]["short"]
    expected = f"http://hl7.org/fhir/{short}/StructureDefinition/{resource.get('resourceType')}"
    if resource.get("meta", {}).get("profile") != [expected]:
        problem(where, f"meta.profile {resource.get('meta', {}).get('profile')} is not [{expected!r}]")


def check_common(resource, version, where, domain=True):
    """meta.profile names the release; the language is English; a DomainResource has a narrative."""
    check_profile(resource, version, where)
    if resource.get("language") != "en":
        problem(where, f"language {resource.get('language')!r} is not 'en'")
    if domain:
        check_narrative(resource, where)
    counts["resource"] += 1


def question(q, link_id):
    return next((item for item in q.get("item", []) if item.get("linkId") == link_id), None)


def answer_value(answer):
    if "valueCoding" in answer:
        return ("coding", answer["valueCoding"].get("system"), answer["valueCoding"].get("code"))
    if "valueInteger" in answer:
        return ("integer", answer["valueInteger"])
    return ("other", json.dumps(answer, sort_keys=True))


def condition_value(condition):
    if "answerCoding" in condition:
        return ("coding", condition["answerCoding"].get("system"), condition["answerCoding"].get("code"))
    if "answerInteger" in condition:
        return ("integer", condition["answerInteger"])
    if "answerBoolean" in condition:
        return ("boolean", condition["answerBoolean"])
    return ("other", None)


def holds(condition, answers):
    """One enableWhen condition over the answers of the item it names (empty: unanswered)."""
    op, wanted = condition["operator"], condition_value(condition)
    if op == "exists":
        return bool(answers) == wanted[1]
    if op == "=":
        return any(a == wanted for a in answers)
    if op == "!=":
        return not any(a == wanted for a in answers)
    compare = {">": lambda a: a > wanted[1], "<": lambda a: a < wanted[1],
               ">=": lambda a: a >= wanted[1], "<=": lambda a: a <= wanted[1]}.get(op)
    if compare is None or wanted[0] != "integer":
        return False  # an operator outside the value set is reported by the value-set check
    return any(compare(a[1]) for a in answers if a[0] == "integer")


def enabled_items(q, given):
    """Which top-level items are enabled for the answers `given` (linkId -> answers): an item
    whose enableWhen names a disabled item sees it as unanswered. The optionExclusive
    extension plays no part, as in renderers that ignore it."""
    enabled = {}

    def is_enabled(link_id, seen=()):
        if link_id in enabled:
            return enabled[link_id]
        item = question(q, link_id)
        conditions = item.get("enableWhen", []) if item else []
        if not conditions:
            enabled[link_id] = True
            return True
        if link_id in seen:
            return False  # a cycle: never enabled
        results = []
        for condition in conditions:
            source = condition["question"]
            answers = given.get(source, []) if is_enabled(source, seen + (link_id,)) else []
            results.append(holds(condition, answers))
        behavior = item.get("enableBehavior")
        enabled[link_id] = any(results) if behavior == "any" else all(results)
        return enabled[link_id]

    return [key for key in ANSWER_KEYS if is_enabled(key)]


def coded(q, key, code):
    return ("coding", f"{q['url'].split('/Questionnaire/')[0]}/CodeSystem/{key}", code)


def response_answers(q, answers):
    """Evaluate's answers as a response holds them (linkId -> answer values)."""
    given = {}
    for key, value in answers.items():
        if isinstance(value, int):
            given[key] = [("integer", value)]
        elif isinstance(value, list):
            given[key] = [coded(q, key, v) for v in value] or [coded(q, key, "none")]
        else:
            given[key] = [coded(q, key, value)]
    return given


def codings(value, path=""):
    """Every Coding (an object with a system and a code) in a JSON value, with where it is."""
    if isinstance(value, dict):
        if isinstance(value.get("system"), str) and "code" in value:
            yield path, value
        for key, inner in value.items():
            yield from codings(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from codings(inner, f"{path}[{index}]")


def check_codes(resource, base, where):
    """Every code of discpath's own systems is in the exported CodeSystem, with its display."""
    for path, coding in codings(resource):
        if not coding["system"].startswith(base + "/CodeSystem/"):
            continue
        known = code_systems.get(coding["system"])
        if known is None:
            problem(where, f"{path}: code system {coding['system']!r} is not exported")
        elif coding["code"] not in known:
            problem(where, f"{path}: code {coding['code']!r} is not in {coding['system']}")
        elif "display" in coding and coding["display"] != known[coding["code"]]:
            problem(where, f"{path}: display {coding['display']!r} is not the code system's {known[coding['code']]!r}")


def check_code_systems(bundle, version, base, content_version):
    where = f"CodeSystems {VERSIONS[version]['name']}"
    if not validate(version, bundle, where):
        return
    check_profile(bundle, version, where)
    code_systems.clear()
    for entry in bundle.get("entry", []):
        system = entry.get("resource", {})
        here = f"{where}, {system.get('url')}"
        counts["CodeSystem"] += 1
        check_common(system, version, here)
        if system.get("resourceType") != "CodeSystem" or entry.get("fullUrl") != system.get("url") or \
                system.get("url") != f"{base}/CodeSystem/{system.get('id')}":
            problem(here, "not a CodeSystem whose full URL is its canonical URL, base/CodeSystem/id")
        if system.get("version") != content_version or system.get("status") != "draft" or system.get("content") != "complete":
            problem(here, "not a complete draft of the content's version")
        if not re.match(r"^[A-Z]([A-Za-z0-9_]){1,254}$", system.get("name", "")):
            problem(here, f"name {system.get('name')!r} is not a computable name (cnl-0)")
        concepts = {c.get("code"): c.get("display") for c in system.get("concept", [])}
        if len(concepts) != len(system.get("concept", [])) or system.get("count") != len(concepts) or \
                not all(concepts.values()):
            problem(here, "codes repeat, lack a display, or are not counted")
        code_systems[system.get("url")] = concepts
    wanted = {f"{base}/CodeSystem/{name}" for name in
              [k for k in ANSWER_KEYS if k != "weeksOfConservativeCare"] + ["tier", "criterion", "reason", "action"]}
    if set(code_systems) != wanted:
        problem(where, f"exports {sorted(code_systems)}, not {sorted(wanted)}")


def check_questionnaire(q, version):
    where = f"Questionnaire {VERSIONS[version]['name']}"
    validate(version, q, where)
    counts["Questionnaire"] += 1
    check_common(q, version, where)
    in_value_set(q.get("status"), PUBLICATION_STATUS, where, "status")
    if ("versionAlgorithmCoding" in q) != (version == "5.0.0"):
        problem(where, "versionAlgorithmCoding is R5's alone")
    for path, item in walk(q.get("item")):
        in_value_set(item.get("type"), ITEM_TYPE[version], f"{where}.{path}", "type")
        if "enableWhen" in item and len(item["enableWhen"]) > 1 and "enableBehavior" not in item:
            problem(f"{where}.{path}", "several enableWhen conditions and no enableBehavior (que-12)")
        if "enableBehavior" in item:
            in_value_set(item["enableBehavior"], ENABLE_BEHAVIOR, f"{where}.{path}", "enableBehavior")
        for n, condition in enumerate(item.get("enableWhen", [])):
            in_value_set(condition.get("operator"), ENABLE_OPERATOR, f"{where}.{path}.enableWhen[{n}]", "operator")
        for control in extensions(item, ITEM_CONTROL):
            for coding in control.get("valueCodeableConcept", {}).get("coding", []):
                if coding.get("system") != "http://hl7.org/fhir/questionnaire-item-control" or \
                        ITEM_CONTROL_CODES.get(coding.get("code")) != coding.get("display"):
                    problem(f"{where}.{path}", f"itemControl {coding} is not a code of questionnaire-item-control with its display")
    questions = [item["linkId"] for item in q.get("item", []) if item.get("type") != "display"]
    if questions != ANSWER_KEYS:
        problem(where, f"question linkIds {questions} are not the answer keys {ANSWER_KEYS}")
    for key in ANSWER_KEYS:
        item = question(q, key)
        if item is None:
            continue
        here = f"{where}.{key}"
        controls = [c.get("code") for e in extensions(item, ITEM_CONTROL)
                    for c in e.get("valueCodeableConcept", {}).get("coding", [])]
        if item.get("type") == "integer":
            units = extensions(item, UNIT)
            if [u.get("valueCoding", {}).get("system") for u in units] != ["http://unitsofmeasure.org"] or \
                    units[0]["valueCoding"].get("code") != "wk":
                problem(here, f"the weeks have no questionnaire-unit wk (UCUM): {units}")
            if len(extensions(item, ENTRY_FORMAT)) != 1 or not extensions(item, ENTRY_FORMAT)[0].get("valueString"):
                problem(here, "the weeks have no entryFormat")
        else:
            if item.get("type") != VERSIONS[version]["choice"]:
                problem(here, f"a choice question of type {item.get('type')!r} in {VERSIONS[version]['name']}")
            wanted = "check-box" if item.get("repeats") else "radio-button"
            if controls != [wanted]:
                problem(here, f"itemControl {controls}, not [{wanted!r}]")
            if version == "5.0.0":
                in_value_set(item.get("answerConstraint"), ANSWER_CONSTRAINT, here, "answerConstraint")
            elif "answerConstraint" in item:
                problem(here, "answerConstraint is R5's alone")
            for option in item.get("answerOption", []):
                system = option["valueCoding"].get("system", "")
                if not system.startswith(q["url"].split("/Questionnaire/")[0] + "/CodeSystem/"):
                    problem(here, f"answer system {system!r} is not under the canonical base")
        helps = item.get("item") or []
        if len(helps) != 1 or helps[0].get("type") != "display" or not helps[0].get("text"):
            problem(here, f"{len(helps)} help items, not one (LHC-Forms keeps only the last)")
        elif [c.get("code") for e in extensions(helps[0], ITEM_CONTROL)
              for c in e.get("valueCodeableConcept", {}).get("coding", [])] != ["help"]:
            problem(here, "the help item is not shown as help")
    check_exclusive(q, where)
    check_codes(q, q["url"].split("/Questionnaire/")[0], where)


def check_exclusive(q, where):
    """For every checklist with an exclusive option, ticking it with any other option enables
    nothing after the checklist, even on the answers that lead furthest (the surgeon's), while
    the exclusive option alone does enable the next question: the rule holds through enableWhen
    alone."""
    base = response_answers(q, SURGEON)
    for key in ANSWER_KEYS:
        item = question(q, key)
        options = (item or {}).get("answerOption", [])
        exclusive = [o for o in options if extensions(o, OPTION_EXCLUSIVE)]
        if not item or not item.get("repeats"):
            continue
        if len(exclusive) != 1:
            problem(f"{where}.{key}", f"{len(exclusive)} options marked exclusive, not one")
            continue
        none = condition_value({"answerCoding": exclusive[0]["valueCoding"]})
        later = ANSWER_KEYS[ANSWER_KEYS.index(key) + 1:]
        alone = enabled_items(q, {**base, key: [none]})
        if later and later[0] not in alone and key == "redFlags":
            problem(f"{where}.{key}", f"'none' alone does not enable {later[0]}: the check would prove nothing")
        for option in options:
            other = condition_value({"answerCoding": option["valueCoding"]})
            if other == none:
                continue
            enabled = enabled_items(q, {**base, key: [none, other]})
            wrongly = [k for k in later if k in enabled]
            if wrongly:
                problem(f"{where}.{key}", f"'none' ticked with {other[2]!r} enables {wrongly}")


class Expect:
    """What a run was asked for: the subject, the time (None: none at all; '*': the run's own),
    and whether ids are stable."""

    def __init__(self, subject=None, authored=None, stable=False):
        self.subject, self.authored, self.stable = subject, authored, stable


def references(value, path=""):
    """Every Reference.reference in a JSON value, with where it is."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "reference" and isinstance(inner, str):
                yield path, inner
            else:
                yield from references(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from references(inner, f"{path}[{index}]")


def check_time(value, expect, where, element, run_time):
    if expect.authored is None:
        if value is not None:
            problem(where, f"{element} {value!r}, but no time was asked for")
    elif value is None:
        problem(where, f"no {element}")
    elif not INSTANT.match(value):
        problem(where, f"{element} {value!r} is no instant with a time zone")
    elif expect.authored != "*" and value != expect.authored:
        problem(where, f"{element} {value!r} is not the time given, {expect.authored!r}")
    elif run_time.setdefault("time", value) != value:
        problem(where, f"{element} {value!r} differs from the run's time {run_time['time']!r}")


def check_subject(reference, expect, where, element, required=False):
    if expect.subject is not None:
        if reference != {"reference": expect.subject}:
            problem(where, f"{element} {reference} is not the subject given, {expect.subject!r}")
    elif required:
        absent = extensions(reference or {}, DATA_ABSENT)
        if set(reference or {}) != {"extension"} or len(absent) != 1 or absent[0].get("valueCode") != "unknown":
            problem(where, f"{element} {reference} is not data-absent 'unknown' when no subject was given")
        for e in absent:
            in_value_set(e.get("valueCode"), DATA_ABSENT_REASON, where, "data-absent-reason")
    elif reference is not None:
        problem(where, f"{element} {reference}, but no subject was given")


def check_bundle(bundle, q, version, case, expect, state):
    """One Bundle of `evaluate --format fhir`; `state` carries what must hold across Bundles
    (ids never reused, the run's time, one display per tier code)."""
    where = f"{VERSIONS[version]['name']} Bundle for {case}"
    if not validate(version, bundle, where):
        return None
    counts["Bundle"] += 1
    check_profile(bundle, version, where)
    in_value_set(bundle.get("type"), BUNDLE_TYPE, where, "type")
    if bundle.get("type") != "collection":
        problem(where, "type is not collection")
    check_time(bundle.get("timestamp"), expect, where, "timestamp", state)
    ids = [bundle.get("id", "")] + [entry.get("fullUrl", "") for entry in bundle.get("entry", [])]
    wanted_version = "5" if expect.stable else "4"
    for n, value in enumerate(ids):
        match = (UUID if n == 0 else UUID_URN).match(value)
        if not match or match.group(1) != wanted_version:
            problem(where, f"id {value!r} is not a version-{wanted_version} UUID{'' if n == 0 else ' urn'}")
    if not expect.stable:
        reused = [value for value in ids if value in state["ids"]]
        if reused:
            problem(where, f"ids {reused} were given before: random ids must never repeat")
    state["ids"].update(ids)
    entries = {entry.get("fullUrl"): entry.get("resource", {}) for entry in bundle.get("entry", [])}
    if len(entries) != len(bundle.get("entry", [])):
        problem(where, "two entries share a fullUrl")
    by_type = {}
    for full_url, resource in entries.items():
        by_type.setdefault(resource.get("resourceType"), []).append((full_url, resource))
    base = ["QuestionnaireResponse", "GuidanceResponse"]
    if sorted(by_type) not in (sorted(base), sorted(base + VERSIONS[version]["referral"])) or \
            any(len(v) != 1 for v in by_type.values()):
        problem(where, f"holds {sorted(by_type)}, not a QuestionnaireResponse, a GuidanceResponse and the referral")
        return None
    for full_url, resource in entries.items():
        check_common(resource, version, f"{where}, {resource.get('resourceType')}")
    check_codes(bundle, q["url"].split("/Questionnaire/")[0], where)
    (response_url, response), = by_type["QuestionnaireResponse"]
    (_, guidance), = by_type["GuidanceResponse"]
    canonical = f"{q['url']}|{q['version']}"
    contained = {f"#{c.get('id')}": c for c in guidance.get("contained", [])}
    for path, target in references(bundle):
        if target not in entries and target not in contained and target != expect.subject:
            problem(where, f"{path} points at {target!r}, which is in no entry")

    # The answers.
    here = f"{where}, QuestionnaireResponse"
    in_value_set(response.get("status"), RESPONSE_STATUS, here, "status")
    if response.get("status") != "completed":
        problem(here, "status is not completed")
    if response.get("questionnaire") != canonical:
        problem(here, f"questionnaire {response.get('questionnaire')!r} is not {canonical!r}")
    check_subject(response.get("subject"), expect, here, "subject")
    check_time(response.get("authored"), expect, here, "authored", state)
    given = {}
    for item in response.get("item", []):
        key = item.get("linkId")
        definition = question(q, key)
        if definition is None or definition.get("type") == "display":
            problem(here, f"item {key!r} is no question of the Questionnaire")
            continue
        answers = [answer_value(a) for a in item.get("answer", [])]
        given[key] = answers
        if item.get("text") != definition.get("text"):
            problem(here, f"{key}: text is not the Questionnaire's")
        if not answers:
            problem(here, f"{key}: no answer")
        if len(answers) > 1 and not definition.get("repeats"):
            problem(here, f"{key}: several answers to a question that does not repeat")
        options = {condition_value({"answerCoding": o["valueCoding"]}): o for o in definition.get("answerOption", [])}
        for answer, raw in zip(answers, item.get("answer", [])):
            if definition.get("type") in ("coding", "choice"):
                option = options.get(answer)
                if option is None:
                    problem(here, f"{key}: answer {answer} is not one of its answer options")
                elif option["valueCoding"].get("display") != raw["valueCoding"].get("display"):
                    problem(here, f"{key}: answer {answer} has not its option's display")
                elif extensions(option, OPTION_EXCLUSIVE) and len(answers) > 1:
                    problem(here, f"{key}: the exclusive option with others")
            if definition.get("type") == "integer":
                bounds = {e["url"].rsplit("/", 1)[-1]: e.get("valueInteger") for e in definition.get("extension", [])
                          if "valueInteger" in e}
                if answer[0] != "integer" or not bounds.get("minValue", 0) <= answer[1] <= bounds.get("maxValue", answer[1]):
                    problem(here, f"{key}: answer {answer} is not a whole number within its bounds {bounds}")
    answered = [item.get("linkId") for item in response.get("item", [])]
    enabled = enabled_items(q, given)
    if answered != enabled:
        problem(here, f"answers {answered}, but the Questionnaire's enableWhen enables {enabled} for them")

    # The result.
    here = f"{where}, GuidanceResponse"
    in_value_set(guidance.get("status"), GUIDANCE_STATUS, here, "status")
    if guidance.get("status") != "success":
        problem(here, "status is not success")
    if guidance.get("moduleCanonical") != canonical:
        problem(here, f"moduleCanonical {guidance.get('moduleCanonical')!r} is not {canonical!r}")
    check_subject(guidance.get("subject"), expect, here, "subject")
    check_time(guidance.get("occurrenceDateTime"), expect, here, "occurrenceDateTime", state)
    if len(contained) != 1 or next(iter(contained.values())).get("resourceType") != "Parameters":
        problem(here, "does not contain one Parameters resource")
        return None
    (parameters_ref, parameters), = contained.items()
    check_common(parameters, version, f"{here}, contained Parameters", domain=False)
    if guidance.get("outputParameters", {}).get("reference") != parameters_ref:
        problem(here, "outputParameters does not point at the contained Parameters")
    reasons = [r.get("reference", {}).get("reference") for r in guidance.get("reason", [])]
    if version == "5.0.0" and reasons != [response_url]:
        problem(here, "reason does not point at the QuestionnaireResponse")
    if version == "4.0.1" and ("reason" in guidance or "reasonReference" in guidance):
        problem(here, "R4's reasonReference cannot take a QuestionnaireResponse")
    notes = [n.get("text", "") for n in guidance.get("note", [])]
    if not any("pending human review" in n.lower() for n in notes):
        problem(here, "note does not carry the review status")
    if not any("Dr.Oracle assumes no liability" in n for n in notes):
        problem(here, "note does not carry the source's disclaimer")
    if not notes or not notes[0].strip():
        problem(here, "note does not open with the banner")
    if "performer" in guidance and not guidance["performer"].get("display", "").startswith("discpath "):
        problem(here, "performer does not name discpath")

    named = {}
    for parameter in parameters.get("parameter", []):
        named.setdefault(parameter.get("name"), []).append(parameter)
    tier_coding = [p.get("valueCoding", {}) for p in named.get("tier", [])]
    tier = tier_coding[0].get("code") if len(tier_coding) == 1 else None
    if tier not in TIER_PRIORITY:
        problem(here, f"Parameters tier {tier_coding} is not one tier id")
        return None
    display = state["tier displays"].setdefault(tier, tier_coding[0].get("display"))
    if display != tier_coding[0].get("display"):
        problem(here, f"tier {tier} displayed {tier_coding[0].get('display')!r} here and {display!r} before: "
                      "a code's display is the code system's, whatever the audience")
    if [p.get("valueReference", {}).get("reference") for p in named.get("questionnaireResponse", [])] != [response_url]:
        problem(here, "Parameters do not name the QuestionnaireResponse")
    if not named.get("reason"):
        problem(here, "Parameters carry no reason")
    cited = {p["valueInteger"] for r in named.get("reason", []) + named.get("action", [])
             for p in r.get("part", []) if p.get("name") == "citation"}
    listed = {p["valueInteger"] for r in named.get("reference", []) for p in r.get("part", []) if p.get("name") == "number"}
    if not cited <= listed:
        problem(here, f"citations {sorted(cited - listed)} have no reference parameter")

    # The referral.
    priority = TIER_PRIORITY[tier]
    result = guidance.get("result")
    if priority is None:
        if result is not None or "ServiceRequest" in by_type:
            problem(here, f"tier {tier} refers nobody, but there is a referral")
        return tier
    if "ServiceRequest" not in by_type:
        problem(here, f"tier {tier} has no ServiceRequest")
        return tier
    (request_url, request), = by_type["ServiceRequest"]
    if version == "5.0.0":
        if result != [{"reference": request_url}]:
            problem(here, f"result {result} does not point at the ServiceRequest")
    else:
        (group_url, group), = by_type["RequestGroup"]
        if result != {"reference": group_url}:
            problem(here, f"result {result} does not point at the RequestGroup")
        there = f"{where}, RequestGroup"
        in_value_set(group.get("status"), REQUEST_STATUS, there, "status")
        in_value_set(group.get("intent"), REQUEST_INTENT, there, "intent")
        if (group.get("status"), group.get("intent"), group.get("priority")) != ("draft", "proposal", priority):
            problem(there, f"not a draft proposal of priority {priority}")
        if [a.get("resource", {}).get("reference") for a in group.get("action", [])] != [request_url]:
            problem(there, "its action is not the ServiceRequest")
        check_subject(group.get("subject"), expect, there, "subject")
        check_time(group.get("authoredOn"), expect, there, "authoredOn", state)
    there = f"{where}, ServiceRequest"
    in_value_set(request.get("status"), REQUEST_STATUS, there, "status")
    in_value_set(request.get("intent"), REQUEST_INTENT, there, "intent")
    in_value_set(request.get("priority"), REQUEST_PRIORITY, there, "priority")
    if (request.get("status"), request.get("intent")) != ("draft", "proposal"):
        problem(there, "not a draft proposal")
    if request.get("priority") != priority:
        problem(there, f"priority {request.get('priority')!r}, not {priority!r} for {tier}")
    concept = request.get("code", {}).get("concept") if version == "5.0.0" else request.get("code")
    codes = [(c.get("system"), c.get("code"), c.get("display")) for c in (concept or {}).get("coding", [])]
    if codes != [(tier_coding[0].get("system"), tier, tier_coding[0].get("display"))]:
        problem(there, f"code {codes} is not the tier's")
    check_subject(request.get("subject"), expect, there, "subject", required=True)
    check_time(request.get("authoredOn"), expect, there, "authoredOn", state)
    supporting = [(s.get("reference") or {}).get("reference") if version == "5.0.0" else s.get("reference")
                  for s in request.get("supportingInfo", [])]
    if supporting != [response_url]:
        problem(there, "supportingInfo does not point at the QuestionnaireResponse")
    if not any("pending human review" in n.get("text", "").lower() for n in request.get("note", [])):
        problem(there, "note does not carry the review status")
    return tier


def evaluate_lines(discpath, answers, version, audience, extra, where):
    """Runs one `evaluate --format fhir` over the answer sets and yields each output line as it
    comes, without holding the whole output."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(answers, file)
        path = file.name
    try:
        arguments = [discpath, "evaluate", "--format", "fhir", "--fhir-version", version, "--audience", audience,
                     "--answers", path, *extra]
        with subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
            count = 0
            for line in process.stdout:
                count += 1
                yield line
            error = process.stderr.read()
            process.wait()
        if process.returncode != 0:
            problem(where, f"evaluate exit {process.returncode}: {error.strip()}")
        if count != len(answers):
            problem(where, f"{count} lines for {len(answers)} answer sets")
    finally:
        os.unlink(path)


def check_lines(lines, names, q, version, expect, state, where):
    tiers = set()
    for name, line in zip(names, lines):
        try:
            bundle = json.loads(line)
        except ValueError as error:
            problem(f"{where}, {name}", f"not one line of JSON: {error}")
            continue
        tier = check_bundle(bundle, q, version, f"{name} ({where})", expect, state)
        if tier:
            tiers.add(tier)
    return tiers


def check_version(discpath, version, space):
    name = VERSIONS[version]["name"]
    text = run(discpath, "export", "questionnaire", "--fhir-version", version)
    try:
        q = json.loads(text)
    except ValueError as error:
        problem(f"export questionnaire --fhir-version {version}", f"not JSON: {error}")
        return
    try:
        systems = json.loads(run(discpath, "export", "codesystems", "--fhir-version", version))
    except ValueError as error:
        problem(f"export codesystems --fhir-version {version}", f"not JSON: {error}")
        systems = {}
    check_code_systems(systems, version, q["url"].split("/Questionnaire/")[0], q.get("version"))
    check_questionnaire(q, version)
    state = {"ids": set(), "tier displays": {}}
    batch = list(CASES.values())
    given = Expect(subject=SUBJECT, authored=AUTHORED)
    tiers = set()
    for audience in AUDIENCES:
        where = f"cases, {audience}"
        lines = evaluate_lines(discpath, batch, version, audience, ["--subject", SUBJECT, "--authored", AUTHORED], where)
        tiers |= check_lines(lines, CASES, q, version, given, state, f"{name} {where}")
    if tiers != set(TIER_PRIORITY):
        problem(f"{name} cases", f"reach the tiers {sorted(tiers)}, not every tier")

    # Without subject or time: the run's own time, a data-absent subject on the referral.
    check_lines(evaluate_lines(discpath, batch, version, "clinician", [], "cases, nothing given"),
                CASES, q, version, Expect(authored="*"), {"ids": state["ids"], "tier displays": state["tier displays"]},
                f"{name} cases, nothing given")

    # Stable ids: the same bytes twice; name-based; no time unless given.
    for extra, expect in [(["--stable-ids"], Expect(stable=True)),
                          (["--stable-ids", "--authored", AUTHORED, "--subject", SUBJECT], Expect(SUBJECT, AUTHORED, True))]:
        where = f"cases, {' '.join(extra)}"
        first = list(evaluate_lines(discpath, batch, version, "patient", extra, where))
        again = list(evaluate_lines(discpath, batch, version, "patient", extra, where))
        if first != again:
            problem(f"{name} {where}", "the same answers gave a different output")
        check_lines(first, CASES, q, version, expect, {"ids": set(), "tier displays": state["tier displays"]}, f"{name} {where}")

    # The whole answer space, each answer set in one audience in turn, one evaluate run each.
    if space is not None:
        for n, audience in enumerate(AUDIENCES):
            part = space[n::len(AUDIENCES)]
            names = [f"answer set {n + len(AUDIENCES) * i}" for i in range(len(part))]
            lines = evaluate_lines(discpath, part, version, audience, ["--subject", SUBJECT, "--authored", AUTHORED],
                                   f"answer space, {audience}")
            check_lines(lines, names, q, version, given, state, f"{name} answer space, {audience}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--discpath", required=True, help="the built discpath binary")
    parser.add_argument("--answer-space", help="a JSON array of answer sets to validate the output of, in both releases")
    arguments = parser.parse_args()
    started = time.monotonic()
    space = None
    if arguments.answer_space:
        with open(arguments.answer_space) as file:
            space = json.load(file)
    for version in VERSIONS:
        check_version(arguments.discpath, version, space)
    for line in problems:
        print(line)
    spent = time.monotonic() - started
    print(f"fhir: {counts['Questionnaire']} Questionnaires, {counts['CodeSystem']} CodeSystems, "
          f"{counts['Bundle']} Bundles, {counts['resource']} resources in all "
          f"checked ({len(validated)} different ones by fhir.resources' R5 and R4B models)"
          f"{'' if space is None else f', over {len(space)} answer sets'} "
          f"in {spent:.1f} s, {len(problems)} problem{'' if len(problems) == 1 else 's'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

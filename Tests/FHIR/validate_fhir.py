#!/usr/bin/env python3
"""Independent validation of discpath's FHIR R5 output.

Runs the built binary and checks what it prints:
  1. `discpath export questionnaire` is a valid R5 Questionnaire for fhir.resources 8.x (a
     pydantic model of every R5 element: unknown elements, wrong types and missing required
     elements are refused, in nested items too);
  2. `discpath evaluate --format fhir` prints, for a representative answer set of every tier
     (and each variant its output changes with), one line holding a valid R5 Bundle;
  3. the coded values fhir.resources does not check are in their R5 value sets (copied below
     from the R5 specification, 5.0.0);
  4. the resources agree with each other: the response names the Questionnaire's url|version and
     answers with its options, the guidance points at the Parameters and at the response in the
     same Bundle, the Parameters carry the tier, and the response answers exactly the items the
     Questionnaire's enableWhen enables, evaluated here with FHIR's rules;
  5. the same answers give the same Bundle, byte for byte.
Prints one line per problem, then a summary; exits 1 when there is a problem.

Run by Tests/DiscpathCLITests/FHIRValidationTests.swift with the virtual environment that
`make test` creates in .build/venv.
"""

import argparse
import json
import re
import subprocess
import sys

from fhir.resources.bundle import Bundle
from fhir.resources.questionnaire import Questionnaire

# R5 value sets (http://hl7.org/fhir/R5), all codes of each.
PUBLICATION_STATUS = {"draft", "active", "retired", "unknown"}  # ValueSet/publication-status
# ValueSet/item-type: "question" is abstract (notSelectable), so it is left out.
ITEM_TYPE = {"group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time",
             "string", "text", "url", "coding", "attachment", "reference", "quantity"}
ENABLE_OPERATOR = {"exists", "=", "!=", ">", "<", ">=", "<="}  # ValueSet/questionnaire-enable-operator
ENABLE_BEHAVIOR = {"all", "any"}  # ValueSet/questionnaire-enable-behavior
BUNDLE_TYPE = {"document", "message", "transaction", "transaction-response", "batch",
               "batch-response", "history", "searchset", "collection", "subscription-notification"}
RESPONSE_STATUS = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
GUIDANCE_STATUS = {"success", "data-requested", "data-required", "in-progress", "failure",
                   "entered-in-error"}

# The answer keys of `discpath evaluate`, which are the question items' linkIds.
ANSWER_KEYS = ["redFlags", "severeRadicularPain", "weeksOfConservativeCare", "symptomsPersist",
               "therapiesTried", "mri", "correlation", "willingToConsiderSurgery"]

NO_FLAGS = {"redFlags": [], "severeRadicularPain": "no"}
SURGICAL = {**NO_FLAGS, "weeksOfConservativeCare": 12, "symptomsPersist": "yes",
            "therapiesTried": ["physicalTherapy", "painSpecialist"], "mri": "rootCompression"}
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
    "spine surgeon": {**SURGICAL, "correlation": "matches", "willingToConsiderSurgery": "yes"},
    "spine surgeon, at the most weeks": {**SURGICAL, "weeksOfConservativeCare": 520,
                                         "correlation": "matches", "willingToConsiderSurgery": "yes"},
}
TIERS = {"immediate-spine-surgeon", "specialist-within-2-weeks", "primary-care-conservative",
         "interventional-pain", "spine-surgeon"}
UUID_URN = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

problems = []


def problem(where, text):
    problems.append(f"{where}: {text}")


def run(discpath, *arguments, stdin=None):
    done = subprocess.run([discpath, *arguments], input=stdin, capture_output=True, text=True)
    if done.returncode != 0:
        problem("discpath " + " ".join(arguments), f"exit {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def validate(model, resource, where):
    try:
        model.model_validate(resource)
        return True
    except Exception as error:  # pydantic.ValidationError, with every failing path
        problem(where, "fhir.resources refuses it: " + " | ".join(str(error).splitlines()))
        return False


def in_value_set(value, value_set, where, element):
    if value not in value_set:
        problem(where, f"{element} {value!r} is not in its R5 value set")


def walk(items, path="item"):
    for index, item in enumerate(items or []):
        yield f"{path}[{index}]", item
        yield from walk(item.get("item"), f"{path}[{index}].item")


def check_questionnaire(q):
    where = "Questionnaire"
    validate(Questionnaire, q, where)
    in_value_set(q.get("status"), PUBLICATION_STATUS, where, "status")
    for path, item in walk(q.get("item")):
        in_value_set(item.get("type"), ITEM_TYPE, f"{where}.{path}", "type")
        if "enableBehavior" in item:
            in_value_set(item["enableBehavior"], ENABLE_BEHAVIOR, f"{where}.{path}", "enableBehavior")
        for n, condition in enumerate(item.get("enableWhen", [])):
            in_value_set(condition.get("operator"), ENABLE_OPERATOR, f"{where}.{path}.enableWhen[{n}]", "operator")
    questions = [item["linkId"] for item in q.get("item", []) if item.get("type") != "display"]
    if questions != ANSWER_KEYS:
        problem(where, f"question linkIds {questions} are not the answer keys {ANSWER_KEYS}")
    for key in ANSWER_KEYS:
        item = question(q, key)
        if item is None:
            continue
        for option in item.get("answerOption", []):
            system = option["valueCoding"].get("system", "")
            if not system.startswith(q["url"].split("/Questionnaire/")[0] + "/CodeSystem/"):
                problem(f"{where}.{key}", f"answer system {system!r} is not under the canonical base")
        if not item.get("item"):
            problem(f"{where}.{key}", "no help items")


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
    whose enableWhen names a disabled item sees it as unanswered."""
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
        if len(conditions) > 1 and behavior is None:
            problem(f"Questionnaire.{link_id}", "several enableWhen conditions and no enableBehavior (que-12)")
        enabled[link_id] = any(results) if behavior == "any" else all(results)
        return enabled[link_id]

    return [key for key in ANSWER_KEYS if is_enabled(key)]


def check_bundle(bundle, q, case):
    where = f"Bundle for {case!r}"
    if not validate(Bundle, bundle, where):
        return
    in_value_set(bundle.get("type"), BUNDLE_TYPE, where, "type")
    if bundle.get("type") != "collection":
        problem(where, "type is not collection")
    entries = {entry.get("fullUrl"): entry.get("resource", {}) for entry in bundle.get("entry", [])}
    if len(entries) != len(bundle.get("entry", [])):
        problem(where, "two entries share a fullUrl")
    for full_url in entries:
        if not UUID_URN.match(full_url or ""):
            problem(where, f"fullUrl {full_url!r} is not a version-5 urn:uuid")
    by_type = {}
    for full_url, resource in entries.items():
        by_type.setdefault(resource.get("resourceType"), []).append((full_url, resource))
    if sorted(by_type) != ["GuidanceResponse", "Parameters", "QuestionnaireResponse"] or \
            any(len(v) != 1 for v in by_type.values()):
        problem(where, f"holds {sorted(by_type)}, not one each of QuestionnaireResponse, GuidanceResponse, Parameters")
        return
    (response_url, response), = by_type["QuestionnaireResponse"]
    (_, guidance), = by_type["GuidanceResponse"]
    (parameters_url, parameters), = by_type["Parameters"]
    canonical = f"{q['url']}|{q['version']}"

    in_value_set(response.get("status"), RESPONSE_STATUS, where, "QuestionnaireResponse.status")
    if response.get("status") != "completed":
        problem(where, "QuestionnaireResponse.status is not completed")
    if response.get("questionnaire") != canonical:
        problem(where, f"QuestionnaireResponse.questionnaire {response.get('questionnaire')!r} is not {canonical!r}")
    given = {}
    for item in response.get("item", []):
        key = item.get("linkId")
        definition = question(q, key)
        if definition is None or definition.get("type") == "display":
            problem(where, f"response item {key!r} is no question of the Questionnaire")
            continue
        answers = [answer_value(a) for a in item.get("answer", [])]
        given[key] = answers
        if not answers:
            problem(where, f"{key}: no answer")
        if len(answers) > 1 and not definition.get("repeats"):
            problem(where, f"{key}: several answers to a question that does not repeat")
        options = [condition_value({"answerCoding": o["valueCoding"]}) for o in definition.get("answerOption", [])]
        for answer in answers:
            if definition.get("type") == "coding" and answer not in options:
                problem(where, f"{key}: answer {answer} is not one of its answer options")
            if definition.get("type") == "integer":
                bounds = {e["url"].rsplit("/", 1)[-1]: e.get("valueInteger") for e in definition.get("extension", [])}
                if answer[0] != "integer" or not bounds.get("minValue", 0) <= answer[1] <= bounds.get("maxValue", answer[1]):
                    problem(where, f"{key}: answer {answer} is not a whole number within its bounds {bounds}")
    answered = [item.get("linkId") for item in response.get("item", [])]
    enabled = enabled_items(q, given)
    if answered != enabled:
        problem(where, f"answers {answered}, but the Questionnaire's enableWhen enables {enabled} for them")

    in_value_set(guidance.get("status"), GUIDANCE_STATUS, where, "GuidanceResponse.status")
    if guidance.get("status") != "success":
        problem(where, "GuidanceResponse.status is not success")
    if guidance.get("moduleCanonical") != canonical:
        problem(where, f"GuidanceResponse.moduleCanonical {guidance.get('moduleCanonical')!r} is not {canonical!r}")
    if guidance.get("outputParameters", {}).get("reference") != parameters_url:
        problem(where, "GuidanceResponse.outputParameters does not point at the Parameters entry")
    if [r.get("reference", {}).get("reference") for r in guidance.get("reason", [])] != [response_url]:
        problem(where, "GuidanceResponse.reason does not point at the QuestionnaireResponse entry")
    # The review status and the disclaimers travel with the result (clinical review 2, #11).
    notes = [n.get("text", "") for n in guidance.get("note", [])]
    if not any("pending human review" in n.lower() for n in notes):
        problem(where, "GuidanceResponse.note does not carry the review status")
    if not any("Dr.Oracle assumes no liability" in n for n in notes):
        problem(where, "GuidanceResponse.note does not carry the source's disclaimer")

    named = {}
    for parameter in parameters.get("parameter", []):
        named.setdefault(parameter.get("name"), []).append(parameter)
    tier = [p.get("valueCoding", {}).get("code") for p in named.get("tier", [])]
    if len(tier) != 1 or tier[0] not in TIERS:
        problem(where, f"Parameters tier {tier} is not one tier id")
    if not named.get("reason"):
        problem(where, "Parameters carry no reason")
    cited = {p["valueInteger"] for r in named.get("reason", []) + named.get("action", [])
             for p in r.get("part", []) if p.get("name") == "citation"}
    listed = {p["valueInteger"] for r in named.get("reference", []) for p in r.get("part", []) if p.get("name") == "number"}
    if not cited <= listed:
        problem(where, f"citations {sorted(cited - listed)} have no reference parameter")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--discpath", required=True, help="the built discpath binary")
    discpath = parser.parse_args().discpath

    text = run(discpath, "export", "questionnaire")
    try:
        q = json.loads(text)
    except ValueError as error:
        problem("export questionnaire", f"not JSON: {error}")
        q = None
    count = 0
    if q is not None:
        check_questionnaire(q)
        count += 1
        batch = json.dumps(list(CASES.values()))
        for audience in ["clinician", "patient"]:
            output = run(discpath, "evaluate", "--format", "fhir", "--audience", audience, stdin=batch)
            lines = output.split("\n")
            if lines[-1] != "" or len(lines) - 1 != len(CASES):
                problem(f"evaluate --format fhir --audience {audience}",
                        f"{len(lines) - 1} lines for {len(CASES)} answer sets, or no final newline")
            for case, line in zip(CASES, lines):
                try:
                    bundle = json.loads(line)
                except ValueError as error:
                    problem(f"Bundle for {case!r}", f"not one line of JSON: {error}")
                    continue
                check_bundle(bundle, q, f"{case}, {audience}")
                count += 1
            again = run(discpath, "evaluate", "--format", "fhir", "--audience", audience, stdin=batch)
            if again != output:
                problem(f"evaluate --format fhir --audience {audience}", "the same answers gave a different output")
        tiers = set()
        for line in run(discpath, "evaluate", "--format", "fhir", stdin=json.dumps(list(CASES.values()))).splitlines():
            for entry in json.loads(line).get("entry", []):
                for p in entry["resource"].get("parameter", []):
                    if p.get("name") == "tier":
                        tiers.add(p["valueCoding"]["code"])
        if tiers != TIERS:
            problem("cases", f"reach the tiers {sorted(tiers)}, not every tier")

    for line in problems:
        print(line)
    print(f"fhir: {count} resources checked with fhir.resources (FHIR R5), {len(problems)} problem"
          f"{'' if len(problems) == 1 else 's'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Reading grade of the patient wording: every text, and every tier's whole result.

Measures Flesch-Kincaid grade with textstat 0.7.4 (pyphen syllables, nothing downloaded):
  1. every patient text of Resources/pathway.json with at least MIN_WORDS words, after
     resolving {"sameAs": ...} and filling the placeholders the program fills;
  2. the whole patient result of `discpath evaluate` for a representative answer set of every
     tier, without its references and without the source's quoted disclaimer.
Exits 1 naming each text or result above the limit (its JSON path or case, and its grade),
0 otherwise; the last line is a summary either way.

Run by Tests/DiscpathCLITests/ReadabilityTests.swift with the virtual environment that
`make test` creates in .build/venv.
"""

import argparse
import json
import re
import subprocess
import sys
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")  # pkg_resources' deprecation notice, imported by textstat
import textstat  # noqa: E402

GRADE_LIMIT = 8.0
MIN_WORDS = 12
AUDIENCE = "patient"
ROOT = Path(__file__).resolve().parent.parent.parent

# Realistic values for the placeholders the program fills from the answers.
WEEKS = "14 weeks"

# Representative answer sets: every tier, and each variant its wording changes with.
RESULT_CASES = {
    "immediate, red flags found": {"redFlags": ["urinaryRetentionOrIncontinence", "saddleAnesthesia"]},
    "immediate, red flags not sure only": {"redFlags": ["unsure"]},
    "specialist within 2 weeks": {"redFlags": [], "severeRadicularPain": "yes"},
    "primary care, 3 weeks": {"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 3},
    "primary care, severity not sure": {"redFlags": [], "severeRadicularPain": "unsure", "weeksOfConservativeCare": 3},
    "interventional pain, 6 weeks": {"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 6, "symptomsPersist": "yes"},
    "interventional pain, 14 weeks, no pain specialist (overdue)": {
        "redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 14, "symptomsPersist": "yes",
        "therapiesTried": ["nsaids", "physicalTherapy"], "mri": "notDone"},
    "interventional pain, no radicular symptoms": {
        "redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 12, "symptomsPersist": "yes",
        "therapiesTried": ["physicalTherapy", "painSpecialist"], "mri": "rootCompression",
        "correlation": "noRadicularSymptoms"},
    "primary care, improving at 10 weeks": {
        "redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 10, "symptomsPersist": "no"},
    "interventional pain, 12 weeks, only the inferred criterion unmet, MRI not known": {
        "redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 12, "symptomsPersist": "unsure",
        "therapiesTried": ["physicalTherapy", "epiduralSteroidInjection"], "mri": "unknown"},
    "interventional pain, surgery declined": {
        "redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 12, "symptomsPersist": "yes",
        "therapiesTried": ["physicalTherapy", "painSpecialist", "epiduralSteroidInjection"],
        "mri": "rootCompression", "correlation": "matches", "willingToConsiderSurgery": "no"},
    "spine surgeon": {
        "redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 12, "symptomsPersist": "yes",
        "therapiesTried": ["physicalTherapy", "painSpecialist"], "mri": "rootCompression",
        "correlation": "matches", "willingToConsiderSurgery": "yes"},
}

CITATION_MARK = re.compile(r"\s*\[\d+(?:,\s*\d+)*\]")
PLACEHOLDER = re.compile(r"\{([A-Za-z]+)\}")


def grade(text):
    return textstat.flesch_kincaid_grade(text)


def words(text):
    return textstat.lexicon_count(text)


def is_wording(node):
    return isinstance(node, dict) and AUDIENCE in node and "clinician" in node


def resolve(wording, audience=AUDIENCE):
    """The text for audience, following {"sameAs": other} like the program does."""
    seen = set()
    while audience not in seen:
        seen.add(audience)
        entry = wording.get(audience)
        if isinstance(entry, str):
            return entry
        if isinstance(entry, dict) and "sameAs" in entry:
            audience = entry["sameAs"]
            continue
        break
    raise ValueError("no text for the patient audience")


def step(key, index, node):
    """One JSON path step for a list element: its id, key or value when it has one."""
    if isinstance(node, dict):
        for name in ("id", "key", "value"):
            if isinstance(node.get(name), str):
                return "%s[%s]" % (key, node[name])
    return "%s[%d]" % (key, index)


def patient_wordings(node, path=""):
    """(JSON path, patient text as written) for every wording in the content."""
    if is_wording(node):
        yield path + "." + AUDIENCE, resolve(node)
        return
    if isinstance(node, dict):
        for key, value in node.items():
            child = key if not path else path + "." + key
            if isinstance(value, list):
                for index, element in enumerate(value):
                    yield from patient_wordings(element, (path + "." if path else "") + step(key, index, element))
            else:
                yield from patient_wordings(value, child)


def threshold_values(thresholds):
    values = {name: str(value) for name, value in thresholds.items()}
    weeks = min(max(thresholds.get("overdueWeeks", 0), 0), 1_000_000)
    values["overdueMonths"] = str((weeks * 12 + 26) // 52)  # as Pathway.swift rounds it
    return values


def fillings(text, document):
    """The text with every placeholder filled, once per realistic value of a list placeholder."""
    values = threshold_values(document["thresholds"])
    values["weeks"] = WEEKS
    variants = [values]
    names = set(PLACEHOLDER.findall(text))
    if "findings" in names:
        flags = next(q for q in document["questions"] if q["key"] == "redFlags")["options"]
        labels = [resolve(o["label"]) for o in flags if o["value"] not in ("unsure", "none")]
        variants = [dict(v, findings=label) for v in variants for label in labels]
    if "criteria" in names:
        labels = [resolve(c["label"]) for c in document["criteria"]]
        variants = [dict(v, criteria=label) for v in variants for label in labels]
    return [PLACEHOLDER.sub(lambda m, v=v: v.get(m.group(1), m.group(0)), text) for v in variants]


def as_sentence(text):
    """One item as one sentence: citation marks off, a full stop if it has none."""
    text = CITATION_MARK.sub("", text).strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def result_text(report):
    """The whole result as the patient reads it, one item per sentence, without the references
    and the source's quoted disclaimer."""
    items = [report["title"], report["content"]["banner"]]
    for section in ("actions", "reasons", "pitfalls", "evidence"):
        for item in report[section]:
            items.append(item["text"])
            if item.get("reading"):
                items.append(item["reading"])
    for criterion in report["criteria"]:
        items.append(criterion["text"])
        if criterion.get("reading"):
            items.append(criterion["reading"])
    items.append(report["content"]["plainDisclaimer"])
    return " ".join(as_sentence(item) for item in items if item)


def evaluate(binary, pathway, cases):
    command = [str(binary), "evaluate", "--audience", AUDIENCE, "--format", "json"]
    if pathway is not None:
        command += ["--pathway", str(pathway)]
    run = subprocess.run(command, input=json.dumps(list(cases.values())), capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(command), run.returncode, run.stderr.strip()))
    return dict(zip(cases.keys(), json.loads(run.stdout)))


def category(path):
    """A coarse name for a JSON path, for the per-category maxima."""
    if path.startswith("questions"):
        for part in ("options", "notes", "help", "prompt", "title"):
            if "." + part in path:
                return "questions: " + part
    for part in ("actions", "title"):
        if path.startswith("tiers") and "." + part in path:
            return "tiers: " + part
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--discpath", type=Path, default=ROOT / ".build/debug/discpath",
                        help="the built binary (default: .build/debug/discpath)")
    parser.add_argument("--pathway", type=Path, default=None,
                        help="a content file to check instead of Resources/pathway.json (also passed to discpath)")
    parser.add_argument("--by-category", action="store_true", help="also print the maximum grade per category")
    parser.add_argument("--all", action="store_true", help="print every measured text with its grade")
    args = parser.parse_args()

    document = json.loads((args.pathway or ROOT / "Resources/pathway.json").read_text(encoding="utf-8"))
    measured = []  # (grade, where, text)
    for path, written in patient_wordings(document):
        for text in fillings(written, document):
            if words(text) >= MIN_WORDS:
                measured.append((grade(text), path, text, category(path)))
    text_count = len(measured)

    for name, report in evaluate(args.discpath, args.pathway, RESULT_CASES).items():
        text = result_text(report)
        measured.append((grade(text), "whole result: %s (%s)" % (name, report["tier"]), text, "whole results"))

    if args.all:
        for g, where, text, _ in sorted(measured, key=lambda m: -m[0]):
            print("%5.1f  %s: %s" % (g, where, text))
    if args.by_category:
        maxima = {}
        for g, where, _, cat in measured:
            if cat not in maxima or g > maxima[cat][0]:
                maxima[cat] = (g, where)
        for cat, (g, where) in sorted(maxima.items()):
            print("%-22s max %4.1f  %s" % (cat, g, where))

    failures = sorted((m for m in measured if m[0] > GRADE_LIMIT), key=lambda m: -m[0])
    for g, where, text, _ in failures:
        print("grade %.1f > %.0f: %s\n    %s" % (g, GRADE_LIMIT, where, text))
    top = max(measured, key=lambda m: m[0])
    print("readability: %d patient texts of %d+ words and %d whole results measured; max grade %.1f (%s); %s"
          % (text_count, MIN_WORDS, len(RESULT_CASES), top[0], top[1],
             "%d above grade %.0f" % (len(failures), GRADE_LIMIT) if failures else "all at grade %.0f or below" % GRADE_LIMIT))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

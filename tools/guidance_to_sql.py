#!/usr/bin/env python3
"""Turns the 'Addressing Absence' guidance seed (002_cdee3a436c97c4cd.txt) into the SQL of
sql/V21__guidance.sql. Run once by hand; the generated SQL is what ships and is reviewed.
The seed is a PDF table converted to tab-separated rows: rows split across pages are merged,
HTML list markup is removed, bullets become separate examples."""
import json
import re
import sys

CHEVRONS = [  # guidance heading in the seed -> (key, title as in the RAG framework)
    ("recent data", "recent-data", "Recent data"),
    ("priority", "priority", "Priority"),
    ("resource allocation and capacity", "resource-allocation", "Resource allocation & capacity"),
    ("coordination of resources", "coordination", "Co-ordination of resources"),
    ("relationships and engagement", "relationships", "Relationships and engagement"),
    ("policy framework", "policy-framework", "Policy framework"),
    ("performance monitoring and management", "performance-monitoring", "Performance monitoring and management"),
    ("strategic framework", "strategic-framework", "Strategic framework"),
    ("communications", "communications", "Communications"),
]
APPROACHES = ["Legal requirements", "Intervene early", "Support systems", "Additional support",
              "Ethos", "Policy", "Systems", "Data", "Celebrate"]
OUTCOMES = ["Enjoy", "Safe", "Healthy", "PCC", "FEW"]
BULLETS = "•▪"


def clean(text):
    text = re.sub(r"<ul[^>]*>|</ul>|</?p>|</?li>", " ", text)
    return re.sub(r"\s+", " ", text).strip()


# Where the conversion lost the bullets, points run on without punctuation ("... attendance issues
# Governing body regularly reviews ..."). A new point starts at these phrases, but only where the
# text before is not the end of a sentence: whole sentences stay together as the seed wrote them.
LOST_BULLETS = [
    "Governing body regularly reviews", "Governing body receives termly", "Suitable documentation and training",
    "Specific roles and responsibilities are included", "Regular briefings to facilitate", "SLT assess the need",
    "Staff should be aware of relevant", "Attendance difficulties", "Vulnerable pupils", "Young carers",
    "Social and emotional difficulties", "Behavioural difficulties", "Specific learning needs",
    "Pupils and their parents / carers should receive", "Significant celebrations and ceremonies",
    "Teacher impact through positive", "Personal effectiveness", "Planning lessons for improved",
    "Re-integration approaches", "Providing positive feedback", "Listening skills", "Solution focused approaches",
    "PSPs / IEPs", "School / Pupil Contracts", "Attendance Panels / Parenting", "Examples of national initiatives",
    "Post registration procedures", "Adults should use positive modelling", "Staff create positive and welcoming",
    "SLT present around school", "Policies should be in place for holidays", "Media coverage of challenging",
    "Pupil attendance record", "Prior attainment, learning support", "Family and peer group issues",
    "Ethnographic issues", "Criminal activity", "Social Services issues", "Health issues",
    "Supporting the school in promoting learning", "Referral for out of school support may include",
]


def mend_lost_bullets(text):
    for phrase in LOST_BULLETS:
        text = re.sub(r"(?<=[^.\s])\s+(?=" + re.escape(phrase) + ")", " • ", text)
        text = re.sub(r"(?<=:)\s+(?=" + re.escape(phrase) + ")", " • ", text)
    return text


def split_examples(cell):
    """Bullets (• ▪) start an example at level 1, ○ a sub-point at level 2; text before the
    first bullet (usually a lead-in ending in ':') is an example of its own."""
    text = mend_lost_bullets(clean(cell))
    parts = re.split(r"\s*([•▪○])\s*", text)
    examples = []
    if parts[0].strip():
        examples.append((1, parts[0].strip()))
    for marker, body in zip(parts[1::2], parts[2::2]):
        body = body.strip()
        if body:
            examples.append((2 if marker == "○" else 1, body))
    return examples


def tokens(cell, names):
    """The names in a link cell in the seed's order (longest names first, so 'Support systems'
    is not read as 'Systems')."""
    text = " " + clean(cell).lower() + " "
    found = []
    for name in sorted(names, key=len, reverse=True):
        pattern = " " + name.lower() + " "
        at = text.find(pattern)
        if at >= 0:
            found.append((at, name))
            text = text[:at] + " " + "#" * (len(pattern) - 2) + " " + text[at + len(pattern):]
    if text.replace("#", "").strip():
        raise SystemExit("unparsed link text: %r in %r" % (text, cell))
    return [name for _, name in sorted(found)]


def parse(path):
    chevron_by_heading = {c[0]: c for c in CHEVRONS}
    sections, current, rows = [], None, None
    for line in open(path, encoding="utf-8").read().split("\n"):
        cells = line.split("\t")
        if len(cells) == 1 and cells[0].strip().lower() in chevron_by_heading:
            current = chevron_by_heading[cells[0].strip().lower()]
            rows = []
            sections.append((current, rows))
            continue
        if current is None or len(cells) != 5 or cells[0].startswith("Expectations"):
            continue
        first = clean(cells[0])
        if set("".join(cells).strip()) <= set("-\t "):
            continue
        if not first or first[0].islower():
            prev = rows[-1]
            for i in range(5):
                prev[i] = (prev[i] + " " + cells[i]).strip()
            continue
        rows.append(list(cells))
    return sections


def dump(sections):
    for (heading, key, title), rows in sections:
        print("==", key, len(rows))
        for r in rows:
            ex = split_examples(r[1])
            print("  *", clean(r[0])[:90])
            for lvl, e in ex:
                print("     " + "  " * lvl + "-", e)
            print("     A:", tokens(r[2], APPROACHES), "O:", tokens(r[3], OUTCOMES))
            print("     R:", [e for _, e in split_examples(r[4])])


def sql(text):
    if text is None:
        return "NULL"
    # MariaDB reads a backslash in a string as an escape: double it, and double single quotes
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def reference_data(path):
    """The nine DfES approaches and five ECM outcomes, as the seed's introduction lists them."""
    intro = open(path, encoding="utf-8").read().split("Index")[0]
    approaches, outcomes = [], []
    for line in intro.split("\n"):
        m = re.match(r"- (.+?) \(([^)]+)\)\s*$", line)
        if m:
            approaches.append((m.group(2), m.group(1)))
        m = re.match(r"- (.+?) \((Enjoy|Safe|Healthy|PCC|FEW)\)\.? \*(.+)\*\s*$", line)
        if m:
            outcomes.append((m.group(2), m.group(1), m.group(3)))
    # the tables of the guidance name these three so
    codes = {"Early Interventions": "Intervene early", "Support Systems": "Support systems", "Additional Support": "Additional support"}
    approaches = [(codes.get(c, c), n) for c, n in approaches]
    assert len(approaches) == 9 and len(outcomes) == 5, (approaches, outcomes)
    return approaches, outcomes


def emit(path):
    approaches, outcomes = reference_data(path)
    out = ["-- The guidance library: 'Addressing Absence - Suggestions for Schools' (seed 002_cdee3a436c97c4cd.txt).",
           "-- Generated by tools/guidance_to_sql.py from the seed, then reviewed; texts as in the seed. Rows the",
           "-- conversion split across pages are joined; points whose bullets were lost are split again.",
           ""]
    for i, (code, name) in enumerate(approaches, 1):
        out.append("INSERT INTO dfes_approach (code, name, position) VALUES (%s, %s, %d);" % (sql(code), sql(name), i))
    for i, (code, name, quote) in enumerate(outcomes, 1):
        out.append("INSERT INTO ecm_outcome (code, name, descriptor, position) VALUES (%s, %s, %s, %d);"
                   % (sql(code), sql(name), sql(quote), i))
    for c, ((heading, key, title), rows) in enumerate(parse(path), 1):
        out.append("")
        out.append("-- %s" % title)
        out.append("INSERT INTO guidance_chevron (guidance_key, title, position) VALUES (%s, %s, %d);" % (sql(key), sql(title), c))
        out.append("SET @chevron = LAST_INSERT_ID();")
        for e, row in enumerate(rows, 1):
            resources = "\n".join(x for _, x in split_examples(row[4])) or None
            out.append("INSERT INTO guidance_expectation (guidance_chevron_id, position, expectation, resources) VALUES (@chevron, %d, %s, %s);"
                       % (e, sql(clean(row[0])), sql(resources)))
            out.append("SET @expectation = LAST_INSERT_ID();")
            for x, (depth, body) in enumerate(split_examples(row[1]), 1):
                out.append("INSERT INTO guidance_example (expectation_id, position, depth, body) VALUES (@expectation, %d, %d, %s);"
                           % (x, depth, sql(body)))
            for a, name in enumerate(tokens(row[2], [c for c, _ in approaches] + ["Early Interventions"]), 1):
                out.append("INSERT INTO guidance_expectation_approach (expectation_id, position, approach_id) SELECT @expectation, %d, id FROM dfes_approach WHERE code = %s;"
                           % (a, sql(name)))
            for o, name in enumerate(tokens(row[3], OUTCOMES), 1):
                out.append("INSERT INTO guidance_expectation_outcome (expectation_id, position, outcome_id) SELECT @expectation, %d, id FROM ecm_outcome WHERE code = %s;"
                           % (o, sql(name)))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if sys.argv[2:] == ["dump"]:
        dump(parse(sys.argv[1]))
    else:
        sys.stdout.write(emit(sys.argv[1]))

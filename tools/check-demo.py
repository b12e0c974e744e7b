#!/usr/bin/env python3
"""Check application-v1 JSON files (docs: /work/shared/spec/application-v1.md).

Usage:
  tools/check-demo.py                 check resources/demo/*.json as a demo set
  tools/check-demo.py FILE|DIR ...    check the given files (a DIR means its *.json)
  options:
    --set       also run the demo-set checks on the given files
    --no-set    skip the demo-set checks, even for the default demo directory

Per file it checks what the importer checks: valid UTF-8 JSON, a top-level object, no
duplicate keys, required keys, JSON types, no unknown keys (keys starting with "x-" are
allowed anywhere), trimmed texts not empty, enums, real YYYY-MM-DD dates, the MOD11
organisation number, email, 4-digit postal code, sha256, and the cross-field rules.
Optional keys may be absent or null.

The demo-set checks: file names "NN-name.json", unique references, all 11 registry codes
used, and every change application names the earlier file it changes in "x-demo-changeOf"
(the demo computes changeOf from the number that file's case got), an earlier file of the set
that is a new application. A file with "x-demo-changeOf" may leave out changeOf; all dates are
written as of Friday 20 November 2026 and moved by the demo to the day it runs.

Standard library only. Exit status 0 when everything passes, 1 otherwise, 2 on bad usage.
"""

import datetime
import json
import os
import re
import sys

FORMAT = "helsedata-application/1"
REGISTRIES = ["DAR", "KRG", "MFR", "MSIS", "SYSVAK", "NPR", "HKR", "BIV", "KPR", "LMR", "HAR"]
KINDS = ["new", "change"]
LANGUAGES = ["nb", "nn", "en"]
PURPOSES = ["medical-health-research", "other-research", "statistics", "health-analysis",
            "quality-improvement", "planning", "management", "preparedness", "decision-support"]
IDENTIFIABILITY = ["anonymous", "indirectly-identifiable", "directly-identifiable"]
ARTICLE6 = list("abcdef")
ARTICLE9 = list("abcdefghij")
DPIA = ["done", "not-needed", "planned"]
ATTACHMENT_KINDS = ["protocol", "rek-approval", "dpia", "dpo-assessment", "information-letter", "other"]

EMAIL_RE = re.compile(r"^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
CASE_RE = re.compile(r"^[0-9]{2}/[0-9]{5}$")
SHA_RE = re.compile(r"^[0-9a-fA-F]{64}$")
DEMO_NAME_RE = re.compile(r"^[0-9]{2}-[a-z0-9æøå]+(-[a-z0-9æøå]+)*\.json$")

# Allowed keys per object, by schema path ("[]" stands for a list item).
SCHEMA = {
    "": ["format", "reference", "kind", "changeOf", "changeSummary", "received", "language",
         "project", "projectLeader", "controller", "legalBasis", "rek", "identifiability",
         "directIdentifiersJustification", "population", "linkage", "storage",
         "personsWithAccess", "dataSources", "attachments"],
    "project": ["title", "summary", "purpose", "start", "end", "deletionDate", "funding"],
    "projectLeader": ["name", "email", "phone", "title"],
    "controller": ["name", "orgNumber", "address"],
    "controller.address": ["street", "postalCode", "city", "country"],
    "legalBasis": ["article6", "article9", "dpia", "dpoConsulted", "institutionApproved"],
    "rek": ["reference", "approvedOn"],
    "linkage": ["description", "keys", "externalSources"],
    "storage": ["environment", "description"],
    "personsWithAccess[]": ["name", "institution"],
    "dataSources[]": ["registry", "periodFrom", "periodTo", "variables", "justification"],
    "attachments[]": ["kind", "fileName", "sha256"],
}


def valid_org_number(text):
    """9 digits; weights 3,2,7,6,5,4,3,2; check = 11 - sum mod 11, 11 -> 0, 10 -> invalid."""
    if not re.fullmatch(r"[0-9]{9}", text):
        return False
    total = sum(int(d) * w for d, w in zip(text[:8], (3, 2, 7, 6, 5, 4, 3, 2)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(text[8])


def type_name(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def child(path, key):
    return key if not path else path + "." + key


def schema_path(path):
    return re.sub(r"\[[0-9]+\]", "[]", path)


class DuplicateKey(Exception):
    pass


def no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise DuplicateKey(key)
        obj[key] = value
    return obj


class FileChecker:
    def __init__(self):
        self.issues = []  # (json path, message)
        self.unknown = []  # unknown keys, reported after the other problems (as the importer does)

    def add(self, path, message):
        self.issues.append((path or "(top level)", message))

    # ---- structural helpers; each returns None when the value is missing or wrong

    def keys(self, obj, path):
        allowed = SCHEMA.get(schema_path(path), [])
        for key in obj:
            if key.startswith("x-"):
                continue
            if key not in allowed:
                self.unknown.append((child(path, key), 'unknown key "%s" (expected one of %s, or an "x-" key)'
                         % (key, ", ".join(allowed))))

    def get(self, obj, key, path, kind, required):
        """kind: str, bool, dict, list. Optional keys may be absent or null."""
        p = child(path, key)
        if key not in obj or (obj[key] is None and not required):
            if required:
                self.add(p, 'missing required key "%s"' % key)
            return None
        value = obj[key]
        ok = {
            str: isinstance(value, str),
            bool: isinstance(value, bool),
            dict: isinstance(value, dict),
            list: isinstance(value, list),
        }[kind]
        if not ok:
            expected = {str: "a string", bool: "true or false", dict: "an object", list: "a list"}[kind]
            self.add(p, "expected %s, got %s" % (expected, type_name(value)))
            return None
        return value

    def text(self, obj, key, path, required=True):
        value = self.get(obj, key, path, str, required)
        if value is None:
            return None
        value = value.strip()
        if required and not value:
            self.add(child(path, key), "must not be empty")
            return None
        return value or None

    def enum(self, obj, key, path, allowed, required=True):
        value = self.text(obj, key, path, required)
        if value is not None and value not in allowed:
            self.add(child(path, key), 'unknown value "%s" (expected one of %s)' % (value, ", ".join(allowed)))
            return None
        return value

    def date(self, obj, key, path):
        if not self.date_type(obj, key, path):
            return None
        value = self.text(obj, key, path)
        if value is None:
            return None
        if not DATE_RE.match(value):
            self.add(child(path, key), '"%s" is not a date in the form YYYY-MM-DD' % value)
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            self.add(child(path, key), '"%s" is not a calendar date' % value)
            return None

    def obj(self, parent, key, path, required=True):
        value = self.get(parent, key, path, dict, required)
        if value is not None:
            self.keys(value, child(path, key))
        return value

    def text_list(self, obj, key, path, at_least_one=False, noun="entry"):
        items = self.get(obj, key, path, list, True)
        if items is None:
            return None
        p = child(path, key)
        if at_least_one and not items:
            self.add(p, "at least one %s is required" % noun)
        result = []
        for i, item in enumerate(items):
            ip = "%s[%d]" % (p, i)
            if not isinstance(item, str):
                self.add(ip, "expected a string, got %s" % type_name(item))
            elif not item.strip():
                self.add(ip, "must not be empty")
            else:
                result.append(item.strip())
        return result

    def date_type(self, obj, key, path):
        if key in obj and obj[key] is not None and not isinstance(obj[key], str):
            self.add(child(path, key), "expected a date (YYYY-MM-DD), got %s" % type_name(obj[key]))
            return False
        return True

    def object_list(self, obj, key, path, required, at_least_one, noun="entry"):
        items = self.get(obj, key, path, list, required)
        if items is None:
            return []
        p = child(path, key)
        if at_least_one and not items:
            self.add(p, "at least one %s is required" % noun)
        result = []
        for i, item in enumerate(items):
            ip = "%s[%d]" % (p, i)
            if not isinstance(item, dict):
                self.add(ip, "expected an object, got %s" % type_name(item))
                continue
            self.keys(item, ip)
            result.append((ip, item))
        return result

    # ---- the application

    def check(self, app):
        if not isinstance(app, dict):
            self.add("", "the file must hold one JSON object, got %s" % type_name(app))
            return None
        self.keys(app, "")
        fmt = self.text(app, "format", "")
        if fmt is not None and fmt != FORMAT:
            self.add("format", 'unsupported format "%s" (expected "%s")' % (fmt, FORMAT))
        self.text(app, "reference", "")
        kind = self.enum(app, "kind", "", KINDS)
        change_of = self.text(app, "changeOf", "", required=False)
        if change_of is None and isinstance(app.get("x-demo-changeOf"), str):
            change_of = "26/00000"  # a demo file: the demo sets changeOf when it runs
        change_summary = self.text(app, "changeSummary", "", required=False)
        if change_of is not None and not CASE_RE.match(change_of):
            self.add("changeOf", '"%s" is not a case number of the form YY/NNNNN (e.g. 26/00012)' % change_of)
        if kind == "change":
            if change_of is None:
                self.add("changeOf", 'required when kind is "change"')
            if change_summary is None:
                self.add("changeSummary", 'required when kind is "change"')
        elif kind == "new":
            if change_of is not None:
                self.add("changeOf", 'not allowed when kind is "new"')
            if change_summary is not None:
                self.add("changeSummary", 'not allowed when kind is "new"')
        self.date(app, "received", "")
        self.enum(app, "language", "", LANGUAGES)

        purpose = None
        project = self.obj(app, "project", "")
        if project is not None:
            self.text(project, "title", "project")
            self.text(project, "summary", "project")
            purpose = self.enum(project, "purpose", "project", PURPOSES)
            start = self.date(project, "start", "project")
            end = self.date(project, "end", "project")
            deletion = self.date(project, "deletionDate", "project")
            self.text(project, "funding", "project", required=False)
            if start and end and end <= start:
                self.add("project.end", "%s must be after project.start (%s)" % (end, start))
            if end and deletion and deletion < end:
                self.add("project.deletionDate", "%s must be on or after project.end (%s)" % (deletion, end))

        leader = self.obj(app, "projectLeader", "")
        if leader is not None:
            self.text(leader, "name", "projectLeader")
            email = self.text(leader, "email", "projectLeader")
            if email is not None and not EMAIL_RE.match(email):
                self.add("projectLeader.email", '"%s" does not look like an email address' % email)
            self.text(leader, "phone", "projectLeader", required=False)
            self.text(leader, "title", "projectLeader", required=False)

        controller = self.obj(app, "controller", "")
        if controller is not None:
            self.text(controller, "name", "controller")
            org = self.text(controller, "orgNumber", "controller")
            if org is not None:
                if not re.fullmatch(r"[0-9]{9}", org):
                    self.add("controller.orgNumber", '"%s" is not an organisation number (expected 9 digits)' % org)
                elif not valid_org_number(org):
                    self.add("controller.orgNumber",
                             '"%s" is not a valid organisation number (the MOD11 check digit does not match)' % org)
            address = self.obj(controller, "address", "controller")
            if address is not None:
                self.text(address, "street", "controller.address")
                postal = self.text(address, "postalCode", "controller.address")
                if postal is not None and not re.fullmatch(r"[0-9]{4}", postal):
                    self.add("controller.address.postalCode",
                             '"%s" is not a Norwegian postal code (expected 4 digits)' % postal)
                self.text(address, "city", "controller.address")
                self.text(address, "country", "controller.address", required=False)

        identifiability = self.enum(app, "identifiability", "", IDENTIFIABILITY)
        anonymous = identifiability == "anonymous"
        gdpr_required = identifiability is not None and not anonymous

        basis = self.obj(app, "legalBasis", "")
        if basis is not None:
            for key, codes in (("article6", ARTICLE6), ("article9", ARTICLE9), ("dpia", DPIA)):
                value = self.enum(basis, key, "legalBasis", codes, required=False)
                if value is None and gdpr_required and basis.get(key) is None:
                    self.add("legalBasis." + key, 'required unless identifiability is "anonymous" (expected one of %s)'
                             % ", ".join(codes))
            dpo = self.get(basis, "dpoConsulted", "legalBasis", bool, False)
            if dpo is None and gdpr_required and basis.get("dpoConsulted") is None:
                self.add("legalBasis.dpoConsulted", 'required unless identifiability is "anonymous" (true or false)')
            self.get(basis, "institutionApproved", "legalBasis", bool, True)

        rek = self.obj(app, "rek", "", required=False)
        if rek is not None:
            self.text(rek, "reference", "rek")
            self.date(rek, "approvedOn", "rek")
        elif gdpr_required and purpose == "medical-health-research" and app.get("rek") is None:
            self.add("rek", 'required for purpose "medical-health-research" unless identifiability is "anonymous"')

        justification = self.text(app, "directIdentifiersJustification", "", required=False)
        if identifiability == "directly-identifiable" and justification is None:
            self.add("directIdentifiersJustification", 'required when identifiability is "directly-identifiable"')

        self.text(app, "population", "")

        linkage = self.obj(app, "linkage", "", required=False)
        if linkage is not None:
            self.text(linkage, "description", "linkage")
            self.text_list(linkage, "keys", "linkage")
            self.text_list(linkage, "externalSources", "linkage")

        storage = self.obj(app, "storage", "")
        if storage is not None:
            self.text(storage, "environment", "storage")
            self.text(storage, "description", "storage", required=False)

        for ip, person in self.object_list(app, "personsWithAccess", "", True, True, "person with access"):
            self.text(person, "name", ip)
            self.text(person, "institution", ip)

        registries = []
        seen = {}
        for ip, source in self.object_list(app, "dataSources", "", True, True, "data source"):
            code = self.enum(source, "registry", ip, REGISTRIES)
            if code is not None:
                if code in seen:
                    self.add(ip + ".registry", 'registry "%s" is listed more than once (also in %s)' % (code, seen[code]))
                else:
                    seen[code] = ip
                    registries.append(code)
            date_from = self.date(source, "periodFrom", ip)
            date_to = self.date(source, "periodTo", ip)
            if date_from and date_to and date_to < date_from:
                self.add(ip + ".periodTo", "%s must not be before periodFrom (%s)" % (date_to, date_from))
            self.text_list(source, "variables", ip, at_least_one=True, noun="variable")
            self.text(source, "justification", ip)

        for ip, attachment in self.object_list(app, "attachments", "", False, False):
            self.enum(attachment, "kind", ip, ATTACHMENT_KINDS)
            self.text(attachment, "fileName", ip)
            digest = self.text(attachment, "sha256", ip)
            if digest is not None and not SHA_RE.match(digest):
                self.add(ip + ".sha256", '"%s" is not a SHA-256 digest (expected 64 hexadecimal characters)' % digest)

        self.issues += self.unknown
        return registries


def load(path):
    """Returns (data, error)."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        return None, "cannot read: %s" % e.strerror
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, "not valid UTF-8 (byte %d)" % e.start
    text = text[1:] if text.startswith("\ufeff") else text  # the importer skips a UTF-8 BOM
    if not text.strip():
        return None, "the file is empty"
    try:
        return json.loads(text, object_pairs_hook=no_duplicates), None
    except DuplicateKey as e:
        return None, 'duplicate key "%s"' % e.args[0]
    except json.JSONDecodeError as e:
        return None, "not valid JSON: %s (line %d, column %d)" % (e.msg, e.lineno, e.colno)


def expand(args):
    files = []
    for arg in args:
        if os.path.isdir(arg):
            files += sorted(os.path.join(arg, n) for n in os.listdir(arg) if n.endswith(".json"))
        else:
            files.append(arg)
    return files


def check_set(results):
    """results: list of (path, data, registries) for files that passed. Returns issue texts."""
    issues = []
    used = set()
    references = {}
    for number, (path, data, registries) in enumerate(results, start=1):
        name = os.path.basename(path)
        if not DEMO_NAME_RE.match(name):
            issues.append('%s: file name is not of the form "NN-descriptive-name.json"' % name)
        elif int(name[:2]) != number:
            issues.append("%s: file number %s but it is file %d of the set" % (name, name[:2], number))
        used.update(registries)
        ref = data["reference"].strip()
        if ref in references:
            issues.append('%s: reference "%s" is also used by %s' % (name, ref, references[ref]))
        references[ref] = name
        if data["kind"] == "change":
            earlier = data.get("x-demo-changeOf")
            names = [os.path.basename(p) for p, _, _ in results[:number - 1]]
            if "changeOf" in data:
                issues.append("%s: changeOf is written in the file; name the earlier file in x-demo-changeOf" % name)
            elif earlier not in names:
                issues.append("%s: x-demo-changeOf %s is not an earlier file of the set" % (name, earlier))
            elif results[names.index(earlier)][1]["kind"] != "new":
                issues.append("%s: x-demo-changeOf refers to %s, which is not a new application" % (name, earlier))
    missing = [code for code in REGISTRIES if code not in used]
    if missing:
        issues.append("registries never used: " + ", ".join(missing))
    return issues, used


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    options = [a for a in argv if a.startswith("--")]
    unknown = [o for o in options if o not in ("--set", "--no-set", "--help")]
    if "--help" in options:
        print(__doc__.strip())
        return 0
    if unknown:
        print("unknown option " + unknown[0], file=sys.stderr)
        return 2
    demo_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "demo")
    files = expand(args or [os.path.normpath(demo_dir)])
    as_set = ("--set" in options or not args) and "--no-set" not in options
    if not files:
        print("no files to check", file=sys.stderr)
        return 2

    failed = 0
    passed = []
    for path in files:
        data, error = load(path)
        if error:
            print("FAIL %s\n  %s" % (path, error))
            failed += 1
            continue
        checker = FileChecker()
        registries = checker.check(data)
        if checker.issues:
            print("FAIL %s" % path)
            for where, message in checker.issues:
                print("  %s: %s" % (where, message))
            failed += 1
        else:
            print("OK   %s  [%s %s %s %s: %s]" % (path, data["language"], data["kind"], data["project"]["purpose"],
                                               data["identifiability"], " ".join(registries)))
            passed.append((path, data, registries))

    set_failed = False
    if as_set:
        if failed:
            print("demo set: not checked, %d file(s) failed" % failed)
            set_failed = True
        else:
            issues, used = check_set(passed)
            for issue in issues:
                print("SET  " + issue)
            set_failed = bool(issues)
            print("demo set: %s; registries used %d/%d (%s)"
                  % ("FAIL" if set_failed else "OK", len(used), len(REGISTRIES),
                     " ".join(c for c in REGISTRIES if c in used)))
    print("%d file(s) checked, %d passed, %d failed" % (len(files), len(files) - failed, failed))
    return 1 if failed or set_failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/python3
"""Interop check of vCard files with Debian's python3-vobject (run with /usr/bin/python3).

Usage: /usr/bin/python3 vobject_check.py [--expected expected.json] FILE.vcf [FILE.vcf ...]

For each file:
  * the bytes must be UTF-8;
  * vobject.readComponents(text, validate=True) must parse every card without error
    (and vobject must log nothing at WARNING or above);
  * every component must be a VCARD with a non-empty FN and a VERSION equal to the
    version in the file name (all-3.0.vcf -> 3.0), when the name carries one;
  * each card, serialized again by vobject and re-read, must keep FN, TEL and EMAIL;
  * with --expected: the card count must equal expected["counts"][version] (or the number
    of contacts), and card i must carry contact i's FN, TEL set and EMAIL set.
    TEL values are compared after normalisation to "+E164[;ext=N]" (see norm_tel).

Exit status 0 when every file passes, 1 otherwise; the last line is a summary:
  vobject: N cards checked in F files, P problems
"""
import json
import logging
import re
import sys

try:
    import vobject
except ImportError:  # pragma: no cover - setup.sh installs python3-vobject
    sys.exit("vobject_check: cannot import vobject; run tests/interop/setup.sh "
             "(python3-vobject) and use /usr/bin/python3, not %s" % sys.executable)


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record.getMessage())


def norm_tel(value):
    """'tel:+33-1-44;ext=204' / '+33 1 44 76 75 39 ext. 204' -> '+33144767539;ext=204'."""
    v = value.strip()
    ext = None
    if v.lower().startswith("tel:"):
        parts = v[4:].split(";")
        number = parts[0]
        for p in parts[1:]:
            k, _, val = p.partition("=")
            if k.lower() == "ext":
                ext = val
    else:
        m = re.search(r"(?:;\s*ext=|\s*(?:ext\.?|extension|x|poste)\s*)(\d+)\s*$", v, re.I)
        number = v
        if m:
            ext = m.group(1)
            number = v[: m.start()]
    number = re.sub(r"[\s().\-]", "", number)
    return number + (";ext=" + ext if ext else "")


def card_values(card):
    def vals(name):
        return [c.value for c in card.contents.get(name, [])]

    fns = vals("fn")
    return {
        "fn": fns[0] if fns else None,
        "fn_count": len(fns),
        "tel": [norm_tel(v) for v in vals("tel")],
        "tel_raw": vals("tel"),
        "email": vals("email"),
    }


def version_from_name(path):
    m = re.search(r"([34]\.0)\.vcf$", path)
    return m.group(1) if m else None


def main(argv):
    expected = None
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == "--expected":
            with open(argv[i + 1], encoding="utf-8") as fh:
                expected = json.load(fh)
            i += 2
        else:
            files.append(argv[i])
            i += 1
    if not files:
        print(__doc__, file=sys.stderr)
        return 2

    # vobject.base logs through its own logger set to ERROR: lower it so warnings are seen too.
    handler = Collect()
    for name in [n for n in logging.root.manager.loggerDict if n.startswith("vobject")] + ["vobject"]:
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.getLogger().addHandler(handler)

    problems = []
    total_cards = 0
    for path in files:
        def bad(msg, card=None):
            where = path if card is None else "%s card %d" % (path, card)
            problems.append("%s: %s" % (where, msg))

        want_version = version_from_name(path)
        with open(path, "rb") as fh:
            raw = fh.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            bad("not UTF-8: %s" % e)
            continue
        handler.records.clear()
        cards = []
        try:
            for comp in vobject.readComponents(text, validate=True):
                cards.append(comp)
        except Exception as e:  # ParseError, ValidateError, anything vobject raises
            bad("vobject.readComponents(validate=True) failed after %d card(s): %s: %s"
                % (len(cards), type(e).__name__, e))
        for rec in handler.records:
            bad("vobject logged: %s" % rec)
        total_cards += len(cards)

        exp_contacts = None
        if expected:
            # A contact lists the versions whose file holds its card (all when absent).
            exp_contacts = [c for c in expected["contacts"]
                            if want_version is None or want_version in c.get("versions", [want_version])]
        if expected is not None:
            want = (expected.get("counts") or {}).get(want_version, len(exp_contacts))
            if len(cards) != want:
                bad("card count %d, expected %d" % (len(cards), want))

        for n, card in enumerate(cards, start=1):
            if card.name != "VCARD":
                bad("component %r is not a VCARD (text outside BEGIN:VCARD...END:VCARD?)" % card.name, n)
                continue
            versions = [c.value for c in card.contents.get("version", [])]
            if want_version and versions != [want_version]:
                bad("VERSION %r, expected %s" % (versions, want_version), n)
            got = card_values(card)
            if not got["fn"] or not got["fn"].strip():
                bad("missing or empty FN", n)
            # Round trip through vobject's own serializer.
            try:
                again = vobject.readOne(card.serialize(), validate=True)
                got2 = card_values(again)
                for key in ("fn", "tel", "email"):
                    if got2[key] != got[key]:
                        bad("vobject round trip changed %s: %r -> %r" % (key, got[key], got2[key]), n)
            except Exception as e:
                bad("vobject could not serialize and re-read the card: %s: %s" % (type(e).__name__, e), n)
            if exp_contacts is not None and n <= len(exp_contacts):
                exp = exp_contacts[n - 1]
                src = exp.get("source", "")
                if got["fn"] != exp["fn"]:
                    bad("FN %r, expected %r (%s)" % (got["fn"], exp["fn"], src), n)
                if sorted(got["tel"]) != sorted(exp["tel"]):
                    bad("TEL %r (raw %r), expected %r (%s)" % (got["tel"], got["tel_raw"], exp["tel"], src), n)
                if sorted(got["email"]) != sorted(exp["email"]):
                    bad("EMAIL %r, expected %r (%s)" % (got["email"], exp["email"], src), n)

    for p in problems:
        print("vobject: FAIL " + p)
    print("vobject: %d cards checked in %d files, %d problems" % (total_cards, len(files), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

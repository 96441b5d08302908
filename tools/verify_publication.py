#!/usr/bin/env python3
"""Checks a copy of Spotcheck's public site (the daemon's PUBLIC/publication/ folder) offline,
independently of the Swift code: manifest.sig is an Ed25519 signature (RFC 8032) of
"spotcheck/publication-manifest/v1\\n" followed by the exact bytes of manifest.json, by the key
given with --key (or, without it, the key the manifest names); every file of the folder but the
manifest and its signature is listed in it with its size and SHA-256, and nothing else is there.

    python3 verify_publication.py DIR [--key HEX] [--not-before TIME]

It prints when the copy was published and which edition it is; --not-before refuses a copy
published before TIME (YYYY-MM-DD, the start of that day at UTC+08:00, or an RFC 3339 time with
its offset, capital T and Z), so that an older edition replayed by a mirror is not taken for the
current one.

It reads the copy by the same rules as `spotcheck verify --publication` (PublicationRules.swift):
manifest.json is strict JSON (no byte order mark, no key twice in one object, no lone surrogate,
whole numbers only, nesting at most 100 deep); publicKey and every sha256 are 64 lowercase hex
digits; published is an RFC 3339 date-time (year 0001 to 9999); manifest.sig is 128 hex digits
with ASCII white space around them only; a file name that is not UTF-8 is shown with each such
byte as \\xNN.

Exit status 0 when the copy holds, 1 when it does not (each problem names its file), 2 when the
folder cannot be read or an option is wrong. Names are printed with control and invisible
characters escaped (\\n, \\u200e), so that a file's name cannot forge a line of the report.
Python standard library only (Ed25519 verification as in RFC 8032 §6).
"""
import argparse
import datetime
import hashlib
import json
import os
import re
import stat
import sys
import unicodedata

CONTEXT = b"spotcheck/publication-manifest/v1\n"
FORMAT = "spotcheck-publication/1"

# --- Ed25519 verification, after RFC 8032 section 6 ---------------------------------------

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def _add(a, b):
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    A = (y1 - x1) * (y2 - x2) % P
    B = (y1 + x1) * (y2 + x2) % P
    C = t1 * 2 * D * t2 % P
    Dd = z1 * 2 * z2 % P
    E, F, G, H = B - A, Dd - C, Dd + C, B + A
    return (E * F % P, G * H % P, F * G % P, E * H % P)


def _mul(s, point):
    q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            q = _add(q, point)
        point = _add(point, point)
        s >>= 1
    return q


def _equal(a, b):
    x1, y1, z1, _ = a
    x2, y2, z2, _ = b
    return (x1 * z2 - x2 * z1) % P == 0 and (y1 * z2 - y2 * z1) % P == 0


def _recover_x(y, sign):
    if y >= P:
        return None
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P)
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P != 0:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P != 0:
        return None
    if (x & 1) != sign:
        x = P - x
    return x


def _decompress(data):
    if len(data) != 32:
        return None
    y = int.from_bytes(data, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    if x is None:
        return None
    return (x, y, 1, x * y % P)


_GY = 4 * pow(5, P - 2, P) % P
_G = (_recover_x(_GY, 0), _GY, 1, _recover_x(_GY, 0) * _GY % P)


_IDENTITY = (0, 1, 1, 0)


def point_fault(data):
    """Why 32 bytes are refused as an Ed25519 key or as a signature's R, before any signature is
    checked: "non-canonical" when y (the low 255 bits) is p or more (another encoding of a point
    that some verifiers accept and some refuse), "small order" for the eight points of order 1, 2,
    4 or 8 (y = 0, 1 or p - 1 with either sign bit, or a point that 8 times is the identity): under
    such a key a signature holds for many manifests and no private key is needed to make it. None
    when neither (a point not on the curve is left to the signature check)."""
    y = int.from_bytes(data, "little") & ((1 << 255) - 1)
    if y >= P:
        return "non-canonical"
    if y in (0, 1, P - 1):
        return "small order"
    point = _decompress(data)
    if point is not None and _equal(_mul(8, point), _IDENTITY):
        return "small order"
    return None


def key_refusal(field, fault):
    """The words refusing a key named by field ("manifest.json publicKey" or "--key")."""
    if fault == "non-canonical":
        return (f"{field}: refused as an Ed25519 public key: a non-canonical encoding (y is 2^255 - 19 or more),"
                " which verifiers read differently; no key made by Spotcheck is written so")
    return (f"{field}: refused as an Ed25519 public key: a point of small order (1, 2, 4 or 8), under which a"
            " signature holds for many manifests without any private key")


def signature_fault(signature):
    """The words refusing a signature for its form (R non-canonical or of small order, S not below
    L), before it is checked; None when its form is sound."""
    fault = point_fault(signature[:32])
    if fault == "non-canonical":
        return ("manifest.sig: not a valid signature: its R is a non-canonical encoding (y is 2^255 - 19 or more),"
                " which verifiers read differently")
    if fault == "small order":
        return "manifest.sig: not a valid signature: its R is a point of small order (1, 2, 4 or 8)"
    if int.from_bytes(signature[32:], "little") >= L:
        return ("manifest.sig: not a valid signature: its S is not below the group order L"
                " (S + L is a second form of one signature)")
    return None


def ed25519_verify(public, message, signature):
    if len(public) != 32 or len(signature) != 64:
        return False
    a = _decompress(public)
    r = _decompress(signature[:32])
    if a is None or r is None:
        return False
    s = int.from_bytes(signature[32:], "little")
    if s >= L:
        return False
    h = int.from_bytes(hashlib.sha512(signature[:32] + public + message).digest(), "little") % L
    return _equal(_mul(s, _G), _add(r, _mul(h, a)))


# --- The folder ---------------------------------------------------------------------------


def walk(root):
    """Every entry under root: relative path -> None for a regular file, else what it is. A folder
    that cannot be listed, and an empty one, are entries too (nothing a manifest lists is in them).
    Walked with a list of folders still to read, not by recursion, so that no depth of nesting
    stops it; an entry that cannot be examined is named as one that cannot be read."""
    found = {}
    pending = [""]
    while pending:
        relative = pending.pop()
        folder = os.path.join(root, relative) if relative else root
        try:
            with os.scandir(folder) as listing:
                names = [entry.name for entry in listing]
        except OSError:
            if relative:
                found[relative] = "cannot be read (a folder that cannot be listed)"
            continue
        if not names and relative:
            found[relative + "/"] = "an empty folder"
        for name in names:
            child = f"{relative}/{name}" if relative else name
            try:
                mode = os.lstat(os.path.join(root, child)).st_mode
            except OSError:
                found[child] = "cannot be read"
                continue
            if stat.S_ISDIR(mode):
                pending.append(child)
            elif stat.S_ISREG(mode):
                found[child] = None
            elif stat.S_ISLNK(mode):
                found[child] = "is a symbolic link; a publication holds only regular files"
            else:
                found[child] = "is not a regular file"
    return found


MAXIMUM_FILE_SIZE = 256 << 20


def read_regular(path, limit=MAXIMUM_FILE_SIZE):
    """The bytes of a regular file (never a link, FIFO or device), at most limit bytes (256 MiB, as
    PublicationManifest.maximumFileSize): examined with lstat first (nothing but a regular file is
    opened), opened without following a link and without waiting, and examined again, so that a
    FIFO put in its place between the two is never read (as Swift's readRegular)."""
    before = os.lstat(path)
    if not stat.S_ISREG(before.st_mode):
        raise OSError(f"{path} is not a regular file")
    descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    with open(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or (status.st_ino, status.st_dev) != (before.st_ino, before.st_dev):
            raise OSError(f"{path} is not a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path} is larger than {limit >> 20} MiB")
    return data


HEX64 = re.compile(r"[0-9a-f]{64}")
SIGNATURE = re.compile(rb"[0-9a-fA-F]{128}")
MAXIMUM_DEPTH = 100
INT64_MAX = 2**63 - 1


class JSONFault(Exception):
    """Why a manifest is not strict JSON: the words after "not a ... manifest" (empty when it
    is not JSON at all)."""

    def __init__(self, reason=""):
        super().__init__(reason)
        self.reason = reason


def _no_duplicates(pairs):
    seen = set()
    for key, _ in pairs:
        if key in seen:
            raise JSONFault(f" (the key {key} appears twice in one object)")
        seen.add(key)
    return dict(pairs)


def _no_fraction(_text):
    raise JSONFault(" (a number has a fraction or an exponent)")


def _no_constant(_text):
    raise JSONFault()


def _depth_and_surrogates(value):
    """(deepest nesting, whether a string or key holds a lone surrogate), walked without recursion."""
    deepest, surrogate, pending = 0, False, [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, str):
            surrogate = surrogate or any(0xD800 <= ord(ch) <= 0xDFFF for ch in item)
        elif isinstance(item, dict):
            deepest = max(deepest, depth)
            pending.extend((key, depth) for key in item)
            pending.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, depth)
            pending.extend((child, depth + 1) for child in item)
    return deepest, surrogate


def strict_json(data):
    """The value of a manifest's bytes read as strict JSON, or JSONFault."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise JSONFault(" (it begins with a byte order mark)")
    try:
        text = data.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_float=_no_fraction,
                           parse_constant=_no_constant)
    except JSONFault:
        raise
    except (ValueError, RecursionError):
        raise JSONFault() from None
    deepest, surrogate = _depth_and_surrogates(value)
    if deepest > MAXIMUM_DEPTH:
        raise JSONFault()
    if surrogate:
        raise JSONFault(" (a string holds a lone surrogate)")
    return value


def well_formed(manifest):
    """Whether a decoded manifest has every field of the format, each of its type (as the Swift
    verifier decodes it): a file entry is an object with a path (text, not empty), a size (a
    whole number from 0 to 2^63 - 1) and a sha256 (text; its digits are checked after)."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return False
    for field in ("published", "edition", "publicKey"):
        if not isinstance(manifest.get(field), str):
            return False
    if manifest.get("chainHead") is not None and not isinstance(manifest["chainHead"], str):
        return False
    files = manifest.get("files")
    if not isinstance(files, list):
        return False
    for entry in files:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str) or not entry["path"]:
            return False
        size = entry.get("size")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= INT64_MAX:
            return False
        if not isinstance(entry.get("sha256"), str):
            return False
    return True


RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2}))?")


def instant(text, day_alone=False):
    """An RFC 3339 date-time as (seconds since 1970, nanoseconds; digits past the ninth dropped):
    YYYY-MM-DDTHH:MM:SS[.digits](Z|+HH:MM|-HH:MM), capital T and Z, year 0001 to 9999, a real day
    of the month, no leap second. With day_alone, YYYY-MM-DD also reads as 00:00 of that day at
    UTC+08:00 (China Standard Time). None when it is none of these (as Swift's
    PublicationManifest.instant)."""
    match = RFC3339.fullmatch(text)
    if match is None:
        return None
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    try:
        days = (datetime.date(year, month, day) - datetime.date(1970, 1, 1)).days
    except ValueError:
        return None
    if match[4] is None:
        return (days * 86400 - 8 * 3600, 0) if day_alone else None
    hour, minute, second = int(match[4]), int(match[5]), int(match[6])
    if hour > 23 or minute > 59 or second > 59:
        return None
    nanoseconds = int((match[7] or "0")[:9].ljust(9, "0"))
    offset = 0
    if match[8] != "Z":
        hours, minutes = int(match[8][1:3]), int(match[8][4:6])
        if hours > 23 or minutes > 59:
            return None
        offset = (hours * 3600 + minutes * 60) * (-1 if match[8][0] == "-" else 1)
    return (days * 86400 + hour * 3600 + minute * 60 + second - offset, nanoseconds)


def shown(text):
    """Text as printed: control, format (bidirectional, zero-width) and separator characters, and
    bytes that were not UTF-8 in a file's name, escaped, so that a name is one visible word."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that was not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\\":
            out.append("\\\\")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


def check(folder, key=None, not_before=None):
    """Returns (manifest or None, problems, files checked)."""
    def refused(problem):
        return None, [problem], 0

    # Neither is read through a link or from a FIFO: a copy holds the files themselves.
    for name in ("manifest.json", "manifest.sig"):
        try:
            mode = os.lstat(os.path.join(folder, name)).st_mode
        except OSError:
            continue
        if not stat.S_ISREG(mode):
            return refused(f"{name}: is not a regular file (a symbolic link or other); copy the file itself")
    try:
        manifest_bytes = read_regular(os.path.join(folder, "manifest.json"))
    except OSError:
        return refused(f"manifest.json: missing or unreadable (is {folder} a publication folder?)")
    try:
        manifest = strict_json(manifest_bytes)
    except JSONFault as fault:
        return refused(f"manifest.json: not a {FORMAT} manifest{fault.reason}")
    if not well_formed(manifest):
        return refused(f"manifest.json: not a {FORMAT} manifest")
    files = manifest["files"]
    if not HEX64.fullmatch(manifest["publicKey"]):
        return refused("manifest.json publicKey: not 64 lowercase hex digits")
    named = bytes.fromhex(manifest["publicKey"])
    fault = point_fault(named)
    if fault:
        return refused(key_refusal("manifest.json publicKey", fault))
    for index, entry in enumerate(files):
        if not HEX64.fullmatch(entry["sha256"]):
            return refused(f"manifest.json files[{index}].sha256: not 64 lowercase hex digits")
    if instant(manifest["published"]) is None:
        return refused("manifest.json published: not an RFC 3339 date-time with its offset (such as 2026-12-04T10:00:00Z)")
    try:
        signature_text = read_regular(os.path.join(folder, "manifest.sig")).strip()
    except OSError:
        return refused("manifest.sig: missing or unreadable")
    if key is not None and key != named:
        return refused(
            f"manifest.json publicKey: signed with {manifest['publicKey']}, not with the key given by --key "
            f"({key.hex()}); this copy was not signed by the holder of that key")
    # The signature: 128 hex digits, either case, with ASCII white space around them only.
    # R and S of a sound form first (a key of small order is refused above).
    signature = bytes.fromhex(signature_text.decode("ascii")) if SIGNATURE.fullmatch(signature_text) else None
    if signature is not None and signature_fault(signature):
        return refused(signature_fault(signature))
    if signature is None or not ed25519_verify(key or named, CONTEXT + manifest_bytes, signature):
        return refused(
            f"manifest.sig: not a valid signature of manifest.json by {manifest['publicKey']}"
            " (the manifest or its signature was changed)")
    present = walk(folder)
    present.pop("manifest.json", None)
    present.pop("manifest.sig", None)
    problems, listed, checked, folded = [], set(), 0, {}
    if not_before is not None:
        # Compared as whole seconds, then nanoseconds: no rounding tells them apart differently.
        if instant(manifest["published"]) < not_before[1]:
            problems.append(
                f"manifest.json published: {manifest['published']} is before --not-before {not_before[0]}"
                " (an older edition of the site; the current one is published by the inspection office)")
    for entry in files:
        path = entry["path"]
        if path in listed:
            problems.append(f"manifest.json: lists {path} twice")
            continue
        listed.add(path)
        # Two paths that differ only in case are one file on a copy that ignores case.
        same = folded.setdefault(unicodedata.normalize("NFC", path).casefold(), path)
        if same != path:
            problems.append(f"manifest.json: lists {same} and {path}, one file where case is not told apart")
        if path not in present:
            problems.append(f"{path}: missing (the manifest lists it)")
            continue
        if present[path] is not None:
            problems.append(f"{path}: {present[path]}")
            continue
        try:
            data = read_regular(os.path.join(folder, path))
        except OSError:
            problems.append(f"{path}: cannot be read")
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != entry["sha256"] or len(data) != entry["size"]:
            problems.append(f"{path}: changed (SHA-256 {digest}, {len(data)} bytes; the manifest says {entry['sha256']}, {entry['size']} bytes)")
        checked += 1
    # Sorted by the bytes of the name, as the Swift verifier sorts them.
    for path in sorted(set(present) - listed, key=lambda name: name.encode("utf-8", "surrogateescape")):
        kind = present[path]
        problems.append(f"{path}: {kind}" if kind and kind.startswith("cannot") else f"{path}: not in the manifest (a file was added)")
    # The key file as bytes, ASCII white space around it dropped (a link or other is named above).
    key_file = os.path.join(folder, "publication-key.txt")
    if present.get("publication-key.txt", "absent") is None:
        try:
            text = read_regular(key_file).strip()
        except OSError:
            text = None
        if text != manifest["publicKey"].encode("utf-8"):
            problems.append(f"publication-key.txt: is not the key the manifest is signed with ({manifest['publicKey']})")
    return manifest, problems, checked


def main():
    parser = argparse.ArgumentParser(description="Check a copy of Spotcheck's public site against its signed manifest.")
    parser.add_argument("folder")
    parser.add_argument("--key", help="the Ed25519 public key (64 hex digits) the inspection office published")
    parser.add_argument(
        "--not-before", metavar="TIME",
        help="refuse a copy published before TIME: YYYY-MM-DD (00:00 at UTC+08:00) or an RFC 3339 time with its"
             " offset, capital T and Z (an older edition replayed by a mirror)")
    args = parser.parse_args()
    if not os.path.isdir(args.folder):
        print(f"{shown(args.folder)}: not a readable folder", file=sys.stderr)
        return 2
    key = None
    if args.key is not None:
        if not re.fullmatch(r"[0-9a-fA-F]{64}", args.key):
            print("--key must be an Ed25519 public key, 64 hex digits", file=sys.stderr)
            return 2
        key = bytes.fromhex(args.key)
        if point_fault(key):
            print(key_refusal("--key", point_fault(key)), file=sys.stderr)
            return 2
    not_before = None
    if args.not_before is not None:
        not_before = (args.not_before, instant(args.not_before, day_alone=True))
        if not_before[1] is None:
            print("--not-before must be YYYY-MM-DD (00:00 at UTC+08:00) or an RFC 3339 time with its offset, capital"
                  " T and Z (2026-12-04T18:00:00+08:00, 2026-12-04T10:00:00Z)", file=sys.stderr)
            return 2
    try:
        manifest, problems, checked = check(args.folder, key, not_before)
    except (OSError, RecursionError, MemoryError) as error:
        print(f"{shown(args.folder)}: cannot be read ({shown(type(error).__name__)})", file=sys.stderr)
        return 2
    if problems:
        print("The publication does NOT hold:")
        for problem in problems:
            print(f"  - {shown(problem)}")
        return 1
    print(f"The publication holds: {checked} files, each as the signed manifest lists it.")
    print(f"chain head: {shown(manifest.get('chainHead') or 'none')}")
    print(f"signed by: {manifest['publicKey']}")
    print(f"published: {shown(manifest['published'])} (edition: {shown(manifest['edition'])})")
    if key is None:
        print("note: the key was taken from the folder itself; give --key with the key the inspection office"
              " published to know who signed it")
    return 0


if __name__ == "__main__":
    sys.exit(main())

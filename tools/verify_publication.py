#!/usr/bin/env python3
"""Checks a copy of Spotcheck's public site (the daemon's PUBLIC/publication/ folder) offline,
independently of the Swift code: manifest.sig is an Ed25519 signature (RFC 8032) of
"spotcheck/publication-manifest/v1\\n" followed by the exact bytes of manifest.json, by the key
given with --key (or, without it, the key the manifest names); every file of the folder but the
manifest and its signature is listed in it with its size and SHA-256, and nothing else is there.

    python3 verify_publication.py DIR [--key HEX] [--not-before TIME]

It prints when the copy was published and which edition it is; --not-before refuses a copy
published before TIME (YYYY-MM-DD, the start of that day at UTC+08:00, or an ISO 8601 time with
its offset), so that an older site replayed by a mirror is not taken for the current one.

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


def read_regular(path, limit=256 << 20):
    """The bytes of a regular file (never a link, FIFO or device), at most limit bytes."""
    mode = os.lstat(path).st_mode
    if not stat.S_ISREG(mode):
        raise OSError(f"{path} is not a regular file")
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path} is larger than {limit >> 20} MiB")
    return data


HEX64 = re.compile(r"[0-9a-f]{64}")


def well_formed(manifest):
    """Whether a decoded manifest has every field of the format, each of its type (as the Swift
    verifier decodes it): a file entry is an object with a path (text), a size (a whole number,
    not negative) and a sha256 (64 lowercase hex digits)."""
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
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            return False
        if not isinstance(entry.get("sha256"), str) or not HEX64.fullmatch(entry["sha256"]):
            return False
    return True


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


def parse_time(text):
    """--not-before: YYYY-MM-DD (00:00 at UTC+08:00, China Standard Time) or an ISO 8601 time with
    its offset (or Z); None when it is neither."""
    china = datetime.timezone(datetime.timedelta(hours=8))
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = datetime.date.fromisoformat(text)
            return datetime.datetime(day.year, day.month, day.day, tzinfo=china)
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def check(folder, key=None, not_before=None):
    """Returns (manifest or None, problems, files checked)."""
    try:
        manifest_bytes = read_regular(os.path.join(folder, "manifest.json"))
    except OSError:
        return None, [f"manifest.json: missing, unreadable or not a regular file (is {folder} a publication folder?)"], 0
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        assert well_formed(manifest)
        files = manifest["files"]
        named = bytes.fromhex(manifest["publicKey"])
        assert len(named) == 32
    except Exception:
        return None, [f"manifest.json: not a {FORMAT} manifest"], 0
    try:
        signature = bytes.fromhex(read_regular(os.path.join(folder, "manifest.sig"), 4096).decode("ascii").strip())
    except (OSError, ValueError, UnicodeDecodeError):
        return None, ["manifest.sig: missing, not a regular file, or not hex"], 0
    if key is not None and key != named:
        return None, [f"manifest.json publicKey: signed with {manifest['publicKey']}, not with the key given by --key ({key.hex()})"], 0
    if not ed25519_verify(key or named, CONTEXT + manifest_bytes, signature):
        return None, [f"manifest.sig: not a valid signature of manifest.json by {manifest['publicKey']} (the manifest or its signature was changed)"], 0
    present = walk(folder)
    present.pop("manifest.json", None)
    present.pop("manifest.sig", None)
    problems, listed, checked, folded = [], set(), 0, {}
    if not_before is not None:
        published = parse_time(manifest["published"])
        if published is None or published < not_before[1]:
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
    for path in sorted(set(present) - listed):
        kind = present[path]
        problems.append(f"{path}: {kind}" if kind and kind.startswith("cannot") else f"{path}: not in the manifest (a file was added)")
    key_file = os.path.join(folder, "publication-key.txt")
    if os.path.isfile(key_file):
        try:
            text = read_regular(key_file, 4096).decode("utf-8", "replace").strip()
        except OSError:
            text = None
        if text != manifest["publicKey"]:
            problems.append(f"publication-key.txt: is not the key the manifest is signed with ({manifest['publicKey']})")
    return manifest, problems, checked


def main():
    parser = argparse.ArgumentParser(description="Check a copy of Spotcheck's public site against its signed manifest.")
    parser.add_argument("folder")
    parser.add_argument("--key", help="the Ed25519 public key (64 hex digits) the inspection office published")
    parser.add_argument(
        "--not-before", metavar="TIME",
        help="refuse a copy published before TIME: YYYY-MM-DD (00:00 at UTC+08:00) or an ISO 8601 time with offset")
    args = parser.parse_args()
    if not os.path.isdir(args.folder):
        print(f"{shown(args.folder)}: not a readable folder", file=sys.stderr)
        return 2
    key = None
    if args.key is not None:
        try:
            key = bytes.fromhex(args.key)
            assert len(key) == 32
        except (ValueError, AssertionError):
            print("--key must be an Ed25519 public key, 64 hex digits", file=sys.stderr)
            return 2
    not_before = None
    if args.not_before is not None:
        not_before = (args.not_before, parse_time(args.not_before))
        if not_before[1] is None:
            print("--not-before must be YYYY-MM-DD or an ISO 8601 time with its offset (2026-12-04T18:00:00+08:00)",
                  file=sys.stderr)
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
        print("note: the key was taken from the folder itself; give --key to know who signed it")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Checks a copy of Spotcheck's public site (the daemon's PUBLIC/publication/ folder) offline,
independently of the Swift code: manifest.sig is an Ed25519 signature (RFC 8032) of
"spotcheck/publication-manifest/v1\\n" followed by the exact bytes of manifest.json, by the key
given with --key (or, without it, the key the manifest names); every file of the folder but the
manifest and its signature is listed in it with its size and SHA-256, and nothing else is there.

    python3 verify_publication.py DIR [--key HEX]

Exit status 0 when the copy holds, 1 when it does not (each problem names its file), 2 when the
folder cannot be read. Python standard library only (Ed25519 verification as in RFC 8032 §6).
"""
import argparse
import hashlib
import json
import os
import stat
import sys

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
    that cannot be listed, and an empty one, are entries too (nothing a manifest lists is in them)."""
    found = {}

    def unreadable(error):
        relative = os.path.relpath(error.filename, root).replace(os.sep, "/")
        if relative != ".":
            found[relative] = "cannot be read (a folder that cannot be listed)"

    for folder, dirs, files in os.walk(root, followlinks=False, onerror=unreadable):
        if not dirs and not files and folder != root:
            found[os.path.relpath(folder, root).replace(os.sep, "/") + "/"] = "an empty folder"
        for name in dirs + files:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, root).replace(os.sep, "/")
            mode = os.lstat(path).st_mode
            if stat.S_ISDIR(mode):
                continue
            if stat.S_ISREG(mode):
                found[relative] = None
            elif stat.S_ISLNK(mode):
                found[relative] = "is a symbolic link; a publication holds only regular files"
            else:
                found[relative] = "is not a regular file"
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


def check(folder, key=None):
    """Returns (manifest or None, problems, files checked)."""
    try:
        manifest_bytes = read_regular(os.path.join(folder, "manifest.json"))
    except OSError:
        return None, [f"manifest.json: missing, unreadable or not a regular file (is {folder} a publication folder?)"], 0
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        assert manifest["format"] == FORMAT
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
    problems, listed, checked = [], set(), 0
    for entry in files:
        path = entry["path"]
        if path in listed:
            problems.append(f"manifest.json: lists {path} twice")
            continue
        listed.add(path)
        if path not in present:
            problems.append(f"{path}: missing (the manifest lists it)")
            continue
        if present[path] is not None:
            problems.append(f"{path}: {present[path]}")
            continue
        with open(os.path.join(folder, path), "rb") as handle:
            data = handle.read()
        digest = hashlib.sha256(data).hexdigest()
        if digest != entry["sha256"] or len(data) != entry["size"]:
            problems.append(f"{path}: changed (SHA-256 {digest}, {len(data)} bytes; the manifest says {entry['sha256']}, {entry['size']} bytes)")
        checked += 1
    for path in sorted(set(present) - listed):
        kind = present[path]
        problems.append(f"{path}: {kind}" if kind and kind.startswith("cannot") else f"{path}: not in the manifest (a file was added)")
    key_file = os.path.join(folder, "publication-key.txt")
    if os.path.isfile(key_file):
        with open(key_file, "rb") as handle:
            if handle.read().decode("utf-8", "replace").strip() != manifest["publicKey"]:
                problems.append(f"publication-key.txt: is not the key the manifest is signed with ({manifest['publicKey']})")
    return manifest, problems, checked


def main():
    parser = argparse.ArgumentParser(description="Check a copy of Spotcheck's public site against its signed manifest.")
    parser.add_argument("folder")
    parser.add_argument("--key", help="the Ed25519 public key (64 hex digits) the inspection office published")
    args = parser.parse_args()
    if not os.path.isdir(args.folder):
        print(f"{args.folder}: not a readable folder", file=sys.stderr)
        return 2
    key = None
    if args.key is not None:
        try:
            key = bytes.fromhex(args.key)
            assert len(key) == 32
        except (ValueError, AssertionError):
            print("--key must be an Ed25519 public key, 64 hex digits", file=sys.stderr)
            return 2
    manifest, problems, checked = check(args.folder, key)
    if problems:
        print("The publication does NOT hold:")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print(f"The publication holds: {checked} files, each as the signed manifest lists it.")
    print(f"chain head: {manifest.get('chainHead') or 'none'}")
    print(f"signed by: {manifest['publicKey']}")
    if key is None:
        print("note: the key was taken from the folder itself; give --key to know who signed it")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The teacher PIN: 4-8 digits, not trivially guessed, kept only as a salted PBKDF2 hash."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

PIN_PATTERN = re.compile(r"[0-9]{4,8}")
ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 200_000


def check_pin_format(pin: str) -> None:
    """Raise ValueError unless `pin` is 4 to 8 ASCII digits."""
    if not isinstance(pin, str) or not PIN_PATTERN.fullmatch(pin):
        raise ValueError("the PIN must be 4 to 8 digits")


def is_trivial(pin: str) -> bool:
    """True for one digit repeated (0000) or a straight run up or down (1234, 4321, 98765)."""
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:])}
    return steps in ({0}, {1}, {-1})


def check_pin_strength(pin: str) -> None:
    """Raise ValueError for a PIN a pupil would guess first (see is_trivial)."""
    if is_trivial(pin):
        raise ValueError("the PIN is too easy to guess: choose digits that are not all the same and not a run "
                         "such as 1234 or 4321")


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """`pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`: the iteration count travels with the hash."""
    check_pin_format(pin)
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """True when `pin` hashes to `stored`; a malformed stored value never matches."""
    if not isinstance(pin, str) or not PIN_PATTERN.fullmatch(pin):
        return False
    try:
        algorithm, iterations, salt_hex, digest_hex = stored.split("$")
        if algorithm != ALGORITHM:
            return False
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), bytes.fromhex(salt_hex), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)

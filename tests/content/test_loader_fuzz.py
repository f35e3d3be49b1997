"""Mutated YAML never makes the loader fail with anything but its own ContentError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.scenario_parser import parse_scenario

from .helpers import FIXTURE_ASSETS, VALID, shipped_catalogs

SEEDS = [p.read_bytes() for p in VALID]
YAML_BITS = [b":", b"- ", b"  ", b"\t", b"\n", b"[", b"]", b"{", b"}", b"&a ", b"*a", b"!!python/object:os.system ",
             b"'", b'"', b"|", b">-", b"? ", b"---\n", b"%YAML 1.1\n", b"<<: ", b"~", b"0x1F", b"\xd0", b"\xff",
             b"next: start", b"next: nowhere", b"effects: {honesty: 9}", b"choices: []", b"!x ", b"\x00", b"\r"]


@st.composite
def mutated(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "bytes"]))
        if action == "insert":
            data[pos:pos] = draw(st.sampled_from(YAML_BITS))
        elif action == "delete":
            del data[pos:pos + draw(st.integers(1, 40))]
        elif action == "replace":
            data[pos:pos + 1] = draw(st.sampled_from(YAML_BITS))
        else:
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8))
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_yaml_raises_only_content_error(data: bytes):
    try:
        scenario = parse_scenario(data, "fuzz.yaml", shipped_catalogs(), FIXTURE_ASSETS)
    except ContentError as err:
        assert all(p.line >= 1 and p.column >= 1 and p.message for p in err.problems)
    else:
        assert scenario.nodes


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_raise_only_content_error(data: bytes):
    try:
        parse_scenario(data, "fuzz.yaml", shipped_catalogs(), FIXTURE_ASSETS)
    except ContentError:
        pass

"""Build a Scenario from one YAML file: fields as declared, then every reference and the story's shape."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import yaml

from play_for_integrity.content import model
from play_for_integrity.content.catalogs import Catalogs
from play_for_integrity.content.declaration import CHOICE, NODE, PICTURE, PROVENANCE, SCENARIO
from play_for_integrity.content.pictures import CATALOGUE_FILE, PictureLibrary, load_pictures
from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.record_reader import Entry, Item, RecordReader
from play_for_integrity.content.story_graph import cannot_end, reachable
from play_for_integrity.content.yaml_source import load_source

FIND_PICTURES = object()  # parse_scenario's default: look the picture catalogue up beside `assets_dir`


class _ScenarioBuilder:
    def __init__(self, path: str, source: str, catalogs: Catalogs, assets_dir: Path | None,
                 pictures: PictureLibrary | None | object = FIND_PICTURES):
        self.r = RecordReader(path, source)
        self.catalogs = catalogs
        self.assets_dir = assets_dir
        self.next_refs: list[tuple[yaml.Node, str]] = []
        if pictures is FIND_PICTURES:
            pictures = picture_library(assets_dir) if assets_dir is not None else None
        self.pictures: PictureLibrary | None = pictures  # type: ignore[assignment]

    def build(self, root: yaml.Node) -> model.Scenario | None:
        rec = self.r.record(root, SCENARIO)
        if rec is None:
            return None
        if rec.get("band") is not None:
            self._known(rec.nodes["band"], rec["band"], self.catalogs.bands, "the band",
                        "bands are defined in scenarios/bands.yaml")
        for item in rec.get("topics") or ():
            if item.value is not None:
                self._known(item.node, item.value, self.catalogs.topics, "the topic",
                            "topics are defined in scenarios/topics.yaml")
        if rec.get("image") is not None:
            self._image_exists(rec.nodes["image"], rec["image"])
        nodes = self._nodes(rec["nodes"]) if rec.get("nodes") is not None else None
        provenance = self._provenance(rec["provenance"]) if rec.get("provenance") is not None else None
        picture = self._picture(rec["picture"]) if rec.get("picture") is not None else None
        if self.r.problems or not rec.complete() or nodes is None or provenance is None:
            return None
        return model.Scenario(id=rec["id"], band=rec["band"], topics=_values(rec["topics"]), title=rec["title"],
                              objective=rec["objective"], nodes=nodes, discussion=_values(rec["discussion"]),
                              provenance=provenance, image=rec.get("image"), shape=rec.get("shape") or "branching",
                              picture=picture, teacher_note=rec.get("teacher_note") or "")

    def _known(self, node: yaml.Node, value: str, known: Collection[str], what: str, where: str) -> bool:
        """A cross-reference: `value` must be one of `known` (not checked when the catalog is empty)."""
        if known and value not in known:  # a catalog's dict or a tuple: no list made for every reference
            self.r.unknown(node, what, value, known, where)
            return False
        return True

    def _image_exists(self, node: yaml.Node, image: str) -> None:
        if self.assets_dir is not None and not (self.assets_dir / image).is_file():
            self.r.report(node, f"the image '{image}' does not exist in the assets folder",
                          f"put the image at {self.assets_dir / image}, or correct the path")

    def _provenance(self, node: yaml.Node) -> model.Provenance | None:
        rec = self.r.record(node, PROVENANCE)
        if rec is None or not rec.complete():
            return None
        return model.Provenance(**rec.values)

    def _picture(self, node: yaml.Node) -> model.Picture | None:
        rec = self.r.record(node, PICTURE)
        if rec is None or not rec.complete():
            return None
        people, objects = _values(rec["people"]), _values(rec.get("objects") or [])
        if self.pictures is not None:
            for field_name, ids, known, kind in (("people", people, self.pictures.people, "person"),
                                                 ("objects", objects, self.pictures.objects, "object")):
                for item, value in zip(rec.get(field_name) or (), ids):
                    if value is not None:
                        self._known(item.node, value, known, f"the {kind}",
                                    "the pictures are listed in assets/pictures/pictures.yaml")
        return model.Picture(people, objects)

    def _nodes(self, entries: list[Entry]) -> dict[str, model.StoryNode]:
        nodes: dict[str, model.StoryNode] = {}
        problems_before = len(self.r.problems)
        for entry in entries:
            story_node = self._story_node(entry.key or entry.name, entry.node)
            if entry.key is not None and story_node is not None:
                nodes[entry.key] = story_node
        if len(self.r.problems) == problems_before and all(e.key is not None for e in entries):
            self._check_graph({e.key: e.key_node for e in entries}, nodes)  # a broken node makes it meaningless
        return nodes

    def _story_node(self, node_id: str, node: yaml.Node) -> model.StoryNode | None:
        rec = self.r.record(node, NODE, node=node_id)
        if rec is None:
            return None
        choices: dict[str, model.Choice] = {}
        for item in rec.get("choices") or ():
            choice = self._choice(node_id, item)
            if choice is None:
                continue
            if choice.id in choices:
                self.r.report(item, f"two choices of {rec.label} have the id '{choice.id}' (first on line "
                                    f"{choices[choice.id].line})", "give each choice of a node its own id")
                continue
            choices[choice.id] = choice
        if rec.get("story") is None:
            return None
        return model.StoryNode(node_id, rec["story"], tuple(choices.values()), node.start_mark.line + 1,
                               _values(rec.get("discussion") or []))

    def _choice(self, node_id: str, node: yaml.Node) -> model.Choice | None:
        rec = self.r.record(node, CHOICE, node=node_id)
        if rec is None:
            return None
        if rec.get("next") is not None:
            self.next_refs.append((rec.nodes["next"], rec["next"]))
        effects = self._effects(rec.get("effects"))
        if not rec.complete() or effects is None:
            return None
        total = sum(effects.values())
        board = rec["board"]
        if (board == "ladder" and total < 0) or (board == "snake" and total > 0):
            self.r.report(rec.nodes["board"], f"the board move is '{board}' but the effects add up to {total:+d}",
                          "a ladder rewards a choice that shows the values, a snake follows one that works against "
                          "them: check the board move or the effects")
            return None
        return model.Choice(rec["id"], rec["text"], effects, board, rec["feedback"], rec.get("next"),
                            node.start_mark.line + 1)

    def _effects(self, entries: list[Entry] | None) -> dict[str, int] | None:
        if entries is None:
            return None
        effects: dict[str, int] = {}
        for entry in entries:
            if entry.key is not None and self._known(entry.key_node, entry.key, self.catalogs.values, "the value",
                                                     "values are defined in scenarios/values.yaml"):
                if entry.value is not None:
                    effects[entry.key] = entry.value
        return effects if len(effects) == len(entries) else None

    def _check_graph(self, keys: dict[str, yaml.Node], nodes: dict[str, model.StoryNode]) -> None:
        r = self.r
        broken = False
        for ref_node, target in self.next_refs:
            if target not in nodes:
                r.unknown(ref_node, "next: the node", target, nodes,
                          "a choice's next must name a node of this scenario")
                broken = True
        if broken or not nodes:
            return
        edges = {nid: [c.next for c in n.choices] for nid, n in nodes.items()}
        start = next(iter(nodes))
        reached = reachable(start, edges)
        for nid in nodes:
            if nid not in reached:
                r.report(keys[nid], f"node '{nid}' cannot be reached: no choice leads to it",
                         f"point a choice's next: to '{nid}', or remove the node (the story starts at '{start}')")
        for nid in sorted(cannot_end(edges) & reached, key=lambda n: nodes[n].line):
            r.report(keys[nid], f"from node '{nid}' the story never ends: every path loops back",
                     "give one choice no next: (the story ends after its feedback), or add a node without choices")


def picture_library(assets_dir: Path) -> PictureLibrary | None:
    """The picture catalogue beside the assets a scenario is checked against; None when there is none (the
    ids are then not checked: a folder of scenarios outside the game may have no pictures)."""
    folder = assets_dir / "pictures"
    library = load_pictures(folder) if (folder / CATALOGUE_FILE).is_file() else None
    return library if library is not None and library.entries else None


def _values(items: list[Item]) -> tuple:
    return tuple(item.value for item in items)


def parse_scenario(data: bytes, path: str, catalogs: Catalogs, assets_dir: Path | None = None,
                   pictures: PictureLibrary | None | object = FIND_PICTURES) -> model.Scenario:
    """The scenario in `data`, or ContentError listing every problem with its line and column; `pictures`, the
    picture_library(assets_dir) a caller parsing many files found once."""
    source, root = load_source(data, path)
    builder = _ScenarioBuilder(path, source, catalogs, assets_dir, pictures)
    scenario = builder.build(root)
    if builder.r.problems or scenario is None:
        raise ContentError(builder.r.problems)
    return scenario

"""Build a Scenario from one YAML file, checking every field and every reference in it."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import yaml

from play_for_integrity.content import model
from play_for_integrity.content.catalogs import Catalogs
from play_for_integrity.content.node_reader import NodeReader
from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.story_graph import cannot_end, reachable
from play_for_integrity.content.yaml_source import load_bytes

SCENARIO_REQUIRED = ("id", "band", "topics", "title", "objective", "nodes", "discussion", "provenance")
SCENARIO_OPTIONAL = ("image",)
NODE_REQUIRED = ("story",)
NODE_OPTIONAL = ("choices",)
CHOICE_REQUIRED = ("id", "text", "effects", "board", "feedback")
CHOICE_OPTIONAL = ("next",)
PROVENANCE_FIELDS = ("author", "source", "licence", "status")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_NODES = 40


class _ScenarioBuilder:
    def __init__(self, path: str, catalogs: Catalogs, assets_dir: Path | None):
        self.r = NodeReader(path)
        self.catalogs = catalogs
        self.assets_dir = assets_dir
        self.next_refs: list[tuple[yaml.Node, str]] = []

    def build(self, root: yaml.Node) -> model.Scenario | None:
        r = self.r
        f = r.mapping(root, "the scenario")
        if f is None:
            return None
        r.check_fields(root, f, "the scenario", SCENARIO_REQUIRED, SCENARIO_OPTIONAL)
        get = lambda name: f[name][1] if name in f else None  # noqa: E731
        sid = r.identifier(get("id"), "the scenario id") if "id" in f else None
        band = self._band(get("band")) if "band" in f else None
        topics = self._topics(get("topics")) if "topics" in f else None
        title = r.text(get("title"), "the title", model.TITLE_MAX) if "title" in f else None
        objective = r.text(get("objective"), "the learning objective", model.OBJECTIVE_MAX) if "objective" in f else None
        nodes = self._nodes(get("nodes")) if "nodes" in f else None
        discussion = self._discussion(get("discussion")) if "discussion" in f else None
        provenance = self._provenance(get("provenance")) if "provenance" in f else None
        image = self._image(get("image")) if "image" in f else None
        if r.problems:
            return None
        return model.Scenario(id=sid, band=band, topics=topics, title=title, objective=objective,  # type: ignore[arg-type]
                              nodes=nodes, discussion=discussion, provenance=provenance, image=image)  # type: ignore[arg-type]

    def _band(self, node: yaml.Node) -> str | None:
        band = self.r.identifier(node, "the band")
        if band is not None and self.catalogs.bands and band not in self.catalogs.bands:
            self.r.unknown(node, "the band", band, self.catalogs.bands, "bands are defined in scenarios/bands.yaml")
            return None
        return band

    def _topics(self, node: yaml.Node) -> tuple[str, ...] | None:
        items = self.r.sequence(node, "topics", min_items=1, max_items=6)
        if items is None:
            return None
        topics = []
        for item in items:
            topic = self.r.identifier(item, "a topic")
            if topic is None:
                continue
            if self.catalogs.topics and topic not in self.catalogs.topics:
                self.r.unknown(item, "the topic", topic, self.catalogs.topics, "topics are defined in scenarios/topics.yaml")
                continue
            topics.append(topic)
        return tuple(topics)

    def _discussion(self, node: yaml.Node) -> tuple[str, ...] | None:
        items = self.r.sequence(node, "discussion", min_items=1, max_items=6)
        if items is None:
            return None
        questions = [self.r.text(item, "a discussion question", model.QUESTION_MAX) for item in items]
        return tuple(q for q in questions if q is not None)

    def _provenance(self, node: yaml.Node) -> model.Provenance | None:
        r = self.r
        f = r.mapping(node, "provenance")
        if f is None:
            return None
        r.check_fields(node, f, "provenance", PROVENANCE_FIELDS)
        if any(name not in f for name in PROVENANCE_FIELDS):
            return None
        author = r.text(f["author"][1], "the author", 120)
        source = r.text(f["source"][1], "the source", 240)
        licence = r.text(f["licence"][1], "the licence", 80)
        status = r.choice_of(f["status"][1], "the review status", model.REVIEW_STATUSES)
        if None in (author, source, licence, status):
            return None
        return model.Provenance(author, source, licence, status)  # type: ignore[arg-type]

    def _image(self, node: yaml.Node) -> str | None:
        image = self.r.text(node, "the image", 200)
        if image is None:
            return None
        rel = PurePosixPath(image.replace("\\", "/"))
        if rel.is_absolute() or ".." in rel.parts or ":" in image:
            self.r.report(node, f"the image path '{image}' leaves the assets folder",
                          "give a path inside assets/, relative to it, such as 'images/wallet.png'")
            return None
        if rel.suffix.lower() not in IMAGE_SUFFIXES:
            self.r.report(node, f"the image '{image}' is not a PNG or JPEG file", "use a .png or .jpg image")
            return None
        if self.assets_dir is not None and not (self.assets_dir / rel).is_file():
            self.r.report(node, f"the image '{image}' does not exist in the assets folder",
                          f"put the image at {self.assets_dir / rel}, or correct the path")
            return None
        return str(rel)

    def _nodes(self, node: yaml.Node) -> dict[str, model.StoryNode] | None:
        r = self.r
        f = r.mapping(node, "nodes")
        if f is None:
            return None
        if not f:
            r.report(node, "nodes is empty", "add at least one node with a story and choices")
            return None
        if len(f) > MAX_NODES:
            r.report(node, f"the scenario has {len(f)} nodes; the limit is {MAX_NODES}", "split it into several scenarios")
            return None
        nodes: dict[str, model.StoryNode] = {}
        problems_before = len(r.problems)
        for name, (key, value) in f.items():
            node_id = r.identifier(key, "the node id")
            story_node = self._story_node(node_id or name, value)
            if node_id is not None and story_node is not None:
                nodes[node_id] = story_node
        if len(r.problems) > problems_before:  # a broken node makes the shape checks meaningless
            return nodes
        self._check_graph(f, nodes)
        return nodes

    def _story_node(self, node_id: str, node: yaml.Node) -> model.StoryNode | None:
        r = self.r
        what = f"node '{node_id}'"
        f = r.mapping(node, what)
        if f is None:
            return None
        r.check_fields(node, f, what, NODE_REQUIRED, NODE_OPTIONAL)
        story = r.text(f["story"][1], f"the story of {what}", model.STORY_MAX) if "story" in f else None
        choices: list[model.Choice] = []
        if "choices" in f:
            items = r.sequence(f["choices"][1], f"the choices of {what}", model.MIN_CHOICES, model.MAX_CHOICES)
            seen: dict[str, int] = {}
            for item in items or ():
                choice = self._choice(node_id, item)
                if choice is None:
                    continue
                if choice.id in seen:
                    r.report(item, f"two choices of {what} have the id '{choice.id}' (first on line {seen[choice.id]})",
                             "give each choice of a node its own id")
                    continue
                seen[choice.id] = choice.line
                choices.append(choice)
        if story is None:
            return None
        return model.StoryNode(node_id, story, tuple(choices), node.start_mark.line + 1)

    def _choice(self, node_id: str, node: yaml.Node) -> model.Choice | None:
        r = self.r
        what = f"a choice of node '{node_id}'"
        f = r.mapping(node, what)
        if f is None:
            return None
        r.check_fields(node, f, what, CHOICE_REQUIRED, CHOICE_OPTIONAL)
        if any(name not in f for name in CHOICE_REQUIRED):
            return None
        cid = r.identifier(f["id"][1], "the choice id")
        text = r.text(f["text"][1], "the choice text", model.CHOICE_MAX)
        effects = self._effects(f["effects"][1])
        board = r.choice_of(f["board"][1], "the board move", model.BOARD_MOVES)
        feedback = r.text(f["feedback"][1], "the feedback", model.FEEDBACK_MAX)
        target = None
        if "next" in f:
            target = r.identifier(f["next"][1], "next")
            if target is not None:
                self.next_refs.append((f["next"][1], target))
        if None in (cid, text, effects, board, feedback):
            return None
        total = sum(effects.values())  # type: ignore[union-attr]
        if (board == "ladder" and total < 0) or (board == "snake" and total > 0):
            r.report(f["board"][1], f"the board move is '{board}' but the effects add up to {total:+d}",
                     "a ladder rewards a choice that shows the values, a snake follows one that works against them: "
                     "check the board move or the effects")
            return None
        return model.Choice(cid, text, effects, board, feedback, target, node.start_mark.line + 1)  # type: ignore[arg-type]

    def _effects(self, node: yaml.Node) -> dict[str, int] | None:
        r = self.r
        f = r.mapping(node, "effects")
        if f is None:
            return None
        effects: dict[str, int] = {}
        ok = True
        for name, (key, value) in f.items():
            if self.catalogs.values and name not in self.catalogs.values:
                r.unknown(key, "the value", name, self.catalogs.values, "values are defined in scenarios/values.yaml")
                ok = False
                continue
            amount = r.integer(value, f"the effect on {name}", model.EFFECT_MIN, model.EFFECT_MAX)
            if amount is None:
                ok = False
                continue
            effects[name] = amount
        return effects if ok else None

    def _check_graph(self, fields: dict[str, tuple[yaml.Node, yaml.Node]], nodes: dict[str, model.StoryNode]) -> None:
        r = self.r
        broken = False
        for ref_node, target in self.next_refs:
            if target not in nodes:
                r.unknown(ref_node, "next: the node", target, nodes, "a choice's next must name a node of this scenario")
                broken = True
        if broken or not nodes:
            return
        edges = {nid: [c.next for c in n.choices] for nid, n in nodes.items()}
        start = next(iter(nodes))
        reached = reachable(start, edges)
        for nid in nodes:
            if nid not in reached:
                r.report(fields[nid][0], f"node '{nid}' cannot be reached: no choice leads to it",
                         f"point a choice's next: to '{nid}', or remove the node (the story starts at '{start}')")
        for nid in sorted(cannot_end(edges) & reached, key=lambda n: nodes[n].line):
            r.report(fields[nid][0], f"from node '{nid}' the story never ends: every path loops back",
                     "give one choice no next: (the story ends after its feedback), or add a node without choices")


def parse_scenario(data: bytes, path: str, catalogs: Catalogs, assets_dir: Path | None = None) -> model.Scenario:
    """The scenario in `data`, or ContentError listing every problem with its line and column."""
    root = load_bytes(data, path)
    builder = _ScenarioBuilder(path, catalogs, assets_dir)
    scenario = builder.build(root)
    if builder.r.problems or scenario is None:
        raise ContentError(builder.r.problems)
    return scenario

"""Small-cell masking that holds: primary and complementary cell suppression over the linked tables of one output.

Every count an output publishes (a cell, a row or column total, the same figure printed in two tables) is a cell
of one `SuppressionModel`, and every way figures add up is a `add_sum(total, parts)`. Suppression then works as
statistical offices do (τ-ARGUS's hypercube method, Giessing & Repsilber; Hundepool et al., *Statistical
Disclosure Control*, 2012, ch. 4):

- primary: every count from 1 to threshold − 1 is masked. A 0 is published: it points at nobody. Published
  headline figures (`fixed`) are never masked, and only what they publish by themselves can be known;
- complementary: each masked cell gets a *certificate*, a move that changes masked cells only (+δ on some, −δ on
  others) so that every published figure stays the same and no count goes below 0. The moves of a two-way table
  with margins are its rectangles (the hypercube in two dimensions); a one-way table's are pairs; across linked
  tables they are cycles of the graph whose nodes are the sums. A certificate is chosen so the masked cell can
  reach the threshold and take more than one value, with the fewest newly masked cells, non-zero cells first;
  each newly masked cell then needs its own certificate.

Why it holds: whoever knows every published figure, every sum and that counts are never negative can reach, from
the true table, every table a certificate moves to. So each masked cell's feasible values include a whole
interval of at least two integers that reaches the threshold (or the bound a published headline figure puts on
it): no masked count can be recomputed from totals, shares, charts or the other tables of the output.
Shares and charts are drawn from published cells only (`share`, the callers), so they add nothing.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

MASK_LABEL = "×"  # every masked cell reads the same: a reader cannot tell a small count from its complement
MIN_THRESHOLD = 3  # the network's floor: below 3 a published count could point at one or two people
_GROUND = -1  # the node of cells that belong to one sum only: nothing else holds them
_FAR = 10**12  # "unbounded" for a move's range

Key = Hashable


def rule_fr(threshold: int) -> str:
    """The masking rule in French, for the report's definitions page and the exports' notes."""
    return (f"Les effectifs de 1 à {threshold - 1} sont masqués (« {MASK_LABEL} ») ; un 0 est publié, il ne désigne "
            "personne. Pour qu'un effectif masqué ne puisse pas être recalculé à partir des totaux, des parts, des "
            "graphiques ou des autres tableaux, d'autres cases sont masquées aussi (suppression complémentaire, "
            "comme le font les instituts statistiques ; méthode de l'hypercube de τ-ARGUS en deux dimensions) : "
            "chaque ligne, colonne ou total qui contient une case masquée en contient au moins deux, choisies pour "
            "que chaque case masquée puisse valoir au moins deux nombres différents, dont un au moins égal à "
            f"{threshold}, sans changer aucun chiffre publié. Toutes les cases masquées portent la même marque. Les "
            "chiffres clés du réseau restent publiés ; les parts sont arrondies au pour cent et masquées avec leur "
            "effectif ; les graphiques ne dessinent pas les cases masquées.")


@dataclass(frozen=True)
class Certificate:
    """Tables that publish the same figures as the true one: each differs from it only in masked cells (`points`,
    the differences), and they follow each other by moves that keep every sum and no count below 0."""

    points: list[dict[Key, int]]

    @property
    def cells(self) -> set[Key]:
        return {k for p in self.points for k in p}

    def interval(self, key: Key, value: int) -> tuple[int, int]:
        seen = [value + p.get(key, 0) for p in self.points]
        return min(seen), max(seen)


@dataclass
class Suppression:
    """The outcome: which cells are masked, and why each one holds."""

    threshold: int
    masked: frozenset[Key]
    primary: frozenset[Key]
    certificates: list[Certificate] = field(default_factory=list)

    def __contains__(self, key: Key) -> bool:
        return key in self.masked

    def show(self, key: Key, value: int) -> int | str:
        return MASK_LABEL if key in self.masked else value


class SuppressionModel:
    """The counts of one output and how they add up."""

    def __init__(self) -> None:
        self.values: dict[Key, int] = {}
        self.fixed: set[Key] = set()
        self.hidden: set[Key] = set()
        self.sums: list[tuple[Key, tuple[Key, ...]]] = []

    def cell(self, key: Key, value: int, *, fixed: bool = False, hidden: bool = False) -> Key:
        """Declare a count. `fixed`: a headline figure, always published. `hidden`: never published (a slack such
        as the refusals of a category that no shelter holds), but the reader knows it is ≥ 0 and adds up."""
        value = int(value)
        if key in self.values and self.values[key] != value:
            raise ValueError(f"cell {key!r} declared twice with different values")
        self.values[key] = value
        if fixed:
            self.fixed.add(key)
        if hidden:
            self.hidden.add(key)
        return key

    def add_sum(self, total: Key, parts: Iterable[Key]) -> None:
        """`total` = Σ `parts` is known to the reader (a total row or column, a figure split in another table)."""
        parts = tuple(parts)
        for k in (total, *parts):
            if k not in self.values:
                raise KeyError(k)
        self.sums.append((total, parts))

    # -- the graph of sums: each movable cell is an edge between the (at most two) sums it is in
    def _edges(self) -> dict[Key, list[tuple[int, int]]]:
        ends: dict[Key, list[tuple[int, int]]] = {k: [] for k in self.values if k not in self.fixed}
        for i, (total, parts) in enumerate(self.sums):
            for k, coefficient in ((total, -1), *((p, 1) for p in parts)):
                if k in ends:
                    ends[k].append((i, coefficient))
        for k, e in ends.items():
            if len(e) > 2:
                raise ValueError(f"cell {k!r} is in more than two sums: declare the tables as linked two-way tables")
            while len(e) < 2:
                e.append((_GROUND, 1))
        return ends

    def _cap(self, key: Key) -> int:
        """The most a cell can be given the published headline figures alone (a part is at most a fixed total)."""
        caps = [self.values[total] for total, parts in self.sums if key in parts and total in self.fixed]
        return min(caps, default=_FAR)

    def suppress(self, threshold: int) -> Suppression:
        values, fixed, hidden = self.values, self.fixed, self.hidden
        primary = {k for k, v in values.items() if k not in fixed and k not in hidden and 0 < v < threshold}
        if not primary:
            return Suppression(threshold, frozenset(), frozenset())
        edges = self._edges()
        incident: dict[int, list[Key]] = {}
        for k, e in edges.items():
            for node, _ in e:
                incident.setdefault(node, []).append(k)
        for node in incident:
            incident[node].sort(key=repr)  # the same data give the same pattern, run after run
        masked: set[Key] = set(primary) | hidden
        certificates: list[Certificate] = []
        queue = sorted(primary, key=repr)
        while queue:
            key = queue.pop(0)
            if self._holds(key, threshold, certificates):
                continue
            cert = self._certify(key, threshold, edges, incident, masked)
            if cert is None:  # nothing more can be done: published headline figures alone pin it
                continue
            certificates.append(cert)
            for k in sorted(cert.cells, key=repr):
                if k not in masked:
                    masked.add(k)
                    queue.append(k)
        return Suppression(threshold, frozenset(masked - hidden), frozenset(primary), certificates)

    def _target(self, key: Key, threshold: int) -> int:
        return min(threshold, self._cap(key))

    def _holds(self, key: Key, threshold: int, certificates: list[Certificate]) -> bool:
        value = self.values[key]
        lows, highs = [value], [value]
        for cert in certificates:
            if key in cert.cells:
                lo, hi = cert.interval(key, value)
                lows.append(lo)
                highs.append(hi)
        return max(highs) - min(lows) >= 1 and max(highs) >= self._target(key, threshold)

    def _certify(self, key: Key, threshold: int, edges: dict[Key, list[tuple[int, int]]],
                 incident: dict[int, list[Key]], masked: set[Key]) -> Certificate | None:
        """Raise the cell to the threshold by one move or a chain of them (each one from where the last one left
        the table); failing that, as far as it goes, or lower it by one."""
        value = self.values[key]
        need = self._target(key, threshold) - value
        current = dict(self.values)
        position: dict[Key, int] = {}
        points: list[dict[Key, int]] = [{}]
        reached = 0
        while reached < max(need, 1):
            step = None
            for amount in range(max(need, 1) - reached, 0, -1):
                step = self._cycle(key, 1, amount, edges, incident, masked | set(position), current)
                if step is not None:
                    break
            if step is None:
                break
            move, high, low = step
            if not points[1:]:  # the first move also goes the other way: the cell can be lower than it is
                points.append({k: m * low for k, m in move.items()})
            size = min(high, max(need, 1) - reached)
            for k, m in move.items():
                current[k] += m * size
                position[k] = position.get(k, 0) + m * size
            points.append(dict(position))
            reached += size
        if reached:
            return Certificate(points)
        if value >= 1:
            step = self._cycle(key, -1, 1, edges, incident, masked, current)
            if step is not None:
                move, high, low = step
                return Certificate([{}, {k: m * high for k, m in move.items()}, {k: m * low for k, m in move.items()}])
        return None

    def _cost(self, key: Key, masked: set[Key]) -> float:
        if key in masked:
            return 0.0
        value = self.values[key]
        # fewest new cells; a 0 only when nothing else will do; then the smaller count (less information lost)
        return 1.0 + (3.0 if value == 0 else 0.0) + min(value, 10**6) * 1e-7

    def _cycle(self, key: Key, sign: int, need: int, edges: dict[Key, list[tuple[int, int]]],
               incident: dict[int, list[Key]], masked: set[Key],
               values: dict[Key, int]) -> tuple[dict[Key, int], int, int] | None:
        """Cheapest move from the table `values` with `key` changing by `sign`·δ and every cell that goes down
        holding at least `need`: the move and how far it goes up (`high`) and down (`low`)."""
        (u, au), (v, av) = edges[key]
        if sign < 0 and values[key] < need:
            return None
        # a state is (node, flux): the contribution at `node` of the edge we arrived by, to be balanced
        start = (v, av * sign if v != _GROUND else 0)
        goal_flux = -au * sign if u != _GROUND else 0
        best: dict[tuple[int, int], float] = {start: 0.0}
        previous: dict[tuple[int, int], tuple[tuple[int, int], Key, int]] = {}
        heap: list[tuple[float, int, tuple[int, int]]] = [(0.0, 0, start)]
        counter = 0
        found: tuple[int, int] | None = None
        while heap:
            cost, _, state = heapq.heappop(heap)
            if cost > best.get(state, float("inf")):
                continue
            node, flux = state
            if node == u and (state != start or u == _GROUND) and (u == _GROUND or flux == goal_flux):
                found = state  # back where the cell starts, balanced (at once: a cell in no sum moves alone)
                break
            for edge in incident.get(node, []):
                if edge == key:
                    continue
                (n1, a1), (n2, a2) = edges[edge]
                for here, a_here, there, a_there in ((n1, a1, n2, a2), (n2, a2, n1, a1)):
                    if here != node:
                        continue
                    signs = (1, -1) if node == _GROUND else (-flux * a_here,)
                    for m in signs:
                        if m < 0 and values[edge] < need:
                            continue
                        nxt = (there, a_there * m if there != _GROUND else 0)
                        c = cost + self._cost(edge, masked)
                        if c < best.get(nxt, float("inf")):
                            best[nxt] = c
                            previous[nxt] = (state, edge, m)
                            counter += 1
                            heapq.heappush(heap, (c, counter, nxt))
        if found is None:
            return None
        move: dict[Key, int] = {key: sign}
        state = found
        while state != start:
            state, edge, m = previous[state]
            move[edge] = move.get(edge, 0) + m
        checked = self._checked(move, key, sign, values)
        # a walk may use a cell twice: keep the move only if it still does what was asked
        if checked is None or checked[1] < need:
            return None
        return checked

    def _checked(self, move: dict[Key, int], key: Key, sign: int,
                 values: dict[Key, int]) -> tuple[dict[Key, int], int, int] | None:
        """Check the move exactly against every sum (the search is a heuristic; the certificate is not)."""
        move = {k: m for k, m in move.items() if m}
        if move.get(key, 0) * sign <= 0 or any(k in self.fixed for k in move):
            return None
        for total, parts in self.sums:
            if sum(move.get(p, 0) for p in parts) != move.get(total, 0):
                return None
        high = min((values[k] // -m for k, m in move.items() if m < 0), default=_FAR)
        low = -min((values[k] // m for k, m in move.items() if m > 0), default=_FAR)
        if high < 1:
            return None
        return move, high, low


def share(count: int | str, total: int | str) -> float | str | None:
    """A cell's share of its total, rounded to the whole percent; masked when the count or the total is."""
    if count == MASK_LABEL or total == MASK_LABEL:
        return MASK_LABEL
    if not total:
        return None
    return round(int(count) / int(total), 2)


def published(value: object) -> int:
    """What a chart may draw for a cell: its count, or nothing (0) when it is masked."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def mask_rows(rows: list[list[Any]], threshold: int, columns: Iterable[int], *, total: int | None = None,
              adds_up: Callable[[list[Any]], bool] = lambda _row: True) -> list[list[Any]]:
    """Mask the count `columns` of a table whose rows stand apart (no column totals are published); in a row for
    which `adds_up`, the `total` column is the sum of the others, so the row is masked as a one-way table.
    A cell that holds no count (empty: a figure the row does not have) stays as it is."""
    columns = [j for j in columns if j != total]
    model = SuppressionModel()
    for i, row in enumerate(rows):
        for j in columns:
            if row[j] == "" or row[j] is None:
                continue
            model.cell((i, j), row[j])
        if total is not None:
            model.cell((i, total), row[total])
            if adds_up(row):
                model.add_sum((i, total), [(i, j) for j in columns])
    suppression = model.suppress(threshold)
    return [[suppression.show((i, j), v) if (i, j) in model.values else v for j, v in enumerate(row)]
            for i, row in enumerate(rows)]

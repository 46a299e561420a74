"""One-frame inference for the shipped model's CNN tok2vec: thinc's arithmetic without its per-layer calls.

thinc runs the tok2vec (hash embeddings -> maxout mixer -> four residual window-maxout blocks) as
some seventy nested `Model` calls; for one short sentence those calls, parameter lookups and
numpy's generic mean/var wrappers cost as much as the matrix products. `FastTok2Vec` reads the
weights once and runs the same operations in the same order with the same kernels (the model's
own `hash`, `gather_add`, `maxout`, `seq2col`, numpy's `dot`), so its vectors are thinc's bit for
bit. On top of that the mixer's matrix can be folded into the embedding tables (`fold`): one row
sum replaces the sentence's largest product, and the vectors move by float32 rounding only.

`install` checks both on probe sentences before it replaces the component's `predict`: the plain
forward must match thinc exactly, the folded one within PROJECTION_TOLERANCE; a model of another
shape, or a thinc or numpy whose arithmetic differs, keeps thinc's path.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model

log = logging.getLogger(__name__)

#: Sentences the vectors are compared on before the fast path is used (together, alone, with an empty one).
PROBES = (
    "Projektleder Mette Kjær fra Struer Kommune svarer på tlf. 12 34 56 78.",
    "Kontakt: Anna Berg, Växjö kommun, anna.berg@vaxjo.se",
    "Prosjektet vart avslutta i Bergen hausten 2023, etter tre år med Voss herad som partnar.",
    "x",
)
#: Largest difference to thinc's token vectors the folded mixer may show on PROBES (seen: 6e-6).
PROJECTION_TOLERANCE = 1e-4


@dataclass(frozen=True)
class _Maxout:
    W: np.ndarray  # (nO * nP, nI), the layer's own weights reshaped as thinc does per call
    b: np.ndarray  # (nO * nP,)
    nO: int
    nP: int


@dataclass(frozen=True)
class _Norm:
    G: np.ndarray
    b: np.ndarray


def _maxout(node: Model) -> _Maxout:
    nO, nP, nI = node.get_dim("nO"), node.get_dim("nP"), node.get_dim("nI")
    return _Maxout(node.ops.reshape2f(node.get_param("W"), nO * nP, nI),
                   node.ops.reshape1f(node.get_param("b"), nO * nP), nO, nP)


def _norm(node: Model) -> _Norm:
    return _Norm(node.get_param("G"), node.get_param("b"))


class FastTok2Vec:
    """The tok2vec's forward pass for prediction; built by `from_model`, which rejects other shapes."""

    def __init__(self, model: Model, columns: list, embeds: list[tuple[np.ndarray, int]],
                 mixer: tuple[_Maxout, _Norm], blocks: list[tuple[_Maxout, _Norm]],
                 window: int, pad: int) -> None:
        self.ops = model.ops
        self.columns, self.embeds = columns, embeds
        self.mixer, self.blocks = mixer, blocks
        self.window, self.pad = window, pad
        self.width = blocks[-1][1].G.shape[0]  # from_model accepts no encoder without blocks
        self.folded: tuple[np.ndarray, list[int]] | None = None  # set by install

    @classmethod
    def from_model(cls, model: Model) -> "FastTok2Vec | None":
        """Weights of a `spacy.Tok2Vec.v2` with `MultiHashEmbed` + `MaxoutWindowEncoder`, else None."""
        nodes = list(model.walk())
        names = [n.name for n in nodes]
        try:
            extract = nodes[names.index("extract_features")]
            concat = next(n for n in nodes if n.name.startswith("ints-getitem>>hashembed|"))
            wrappers = [n for n in nodes if n.name.startswith("with_array(")]
        except (ValueError, StopIteration):
            return None
        embeds = []
        for branch in concat.layers:
            if [n.name for n in branch.layers] != ["ints-getitem", "hashembed"]:
                return None
            getitem, table = branch.layers
            index = getitem.attrs["index"]
            if not (isinstance(index, tuple) and index[1] == len(embeds)):
                return None
            embeds.append((table.get_param("E"), int(table.attrs["seed"])))
        mixer_wrap = [n for n in wrappers if n.name == "with_array(maxout>>layernorm>>dropout)"]
        encoder_wrap = [n for n in wrappers if n.name.startswith("with_array(residual(")]
        if len(embeds) != len(extract.attrs["columns"]) or len(wrappers) != 3 \
                or len(mixer_wrap) != 1 or len(encoder_wrap) != 1:
            return None
        mixer_wrap, encoder_wrap = mixer_wrap[0], encoder_wrap[0]
        mixer_nodes = list(mixer_wrap.walk())
        mixer = (_maxout(next(n for n in mixer_nodes if n.name == "maxout")),
                 _norm(next(n for n in mixer_nodes if n.name == "layernorm")))
        residuals = [n for n in encoder_wrap.walk()  # the blocks, not the chain that holds them
                     if n.name.startswith("residual(") and len(n.layers) == 1]
        blocks, windows = [], set()
        for res in residuals:
            inner = [n for n in res.walk() if n.name in ("expand_window", "maxout", "layernorm")]
            if [n.name for n in inner] != ["expand_window", "maxout", "layernorm"]:
                return None
            windows.add(inner[0].attrs["window_size"])
            blocks.append((_maxout(inner[1]), _norm(inner[2])))
        if len(windows) != 1 or not blocks:
            return None
        return cls(model, list(extract.attrs["columns"]), embeds, mixer, blocks,
                   windows.pop(), int(encoder_wrap.attrs["pad"]))

    def fold(self) -> tuple[np.ndarray, list[int]]:
        """The mixer's matrix folded into the embedding tables: row r of table i becomes
        table_i[r] @ W_i.T (W_i: the mixer's columns that read table i), all tables stacked, with
        each table's first row. The mixer's product then becomes one more row sum (a sentence's 15
        rows no longer pull the 896 x 384 matrix through the cache). The same linear map summed in
        another order: the vectors differ from thinc's in float32 rounding (about 1e-6). The shipped
        model's stack is 38,564 x 384 floats (59 MB), built in about 0.05 s."""
        m, start, blocks, offsets = self.mixer[0], 0, [], []
        for table, _ in self.embeds:
            width = table.shape[1]
            offsets.append(sum(t.shape[0] for t, _ in self.embeds[:len(offsets)]))
            columns = np.ascontiguousarray(m.W[:, start:start + width])  # a strided view is 3x slower
            blocks.append(self.ops.gemm(table, columns, trans2=True))
            start += width
        if start != m.W.shape[1]:
            raise ValueError("the mixer does not read the embedding tables side by side")
        return np.ascontiguousarray(np.vstack(blocks)), offsets

    def _mixed(self, ids: np.ndarray) -> np.ndarray:
        """The embedding mixer's output (maxout and layer norm) for the stacked feature ids."""
        ops, keys = self.ops, []
        for column, (table, seed) in enumerate(self.embeds):
            keys.append(ops.hash(ops.as_contig(ids[:, column], dtype="uint64"), seed) % table.shape[0])
        if self.folded is None:
            X = ops.xp.hstack([ops.gather_add(table, k) for (table, _), k in zip(self.embeds, keys)])
            return self._maxout_norm(self._product(X, self.mixer), self.mixer)
        stacked, offsets = self.folded
        rows = np.hstack([k + np.uint32(off) for k, off in zip(keys, offsets)])
        return self._maxout_norm(ops.gather_add(stacked, rows), self.mixer)

    def _product(self, X: np.ndarray, layer: tuple[_Maxout, _Norm]) -> np.ndarray:
        """The maxout layer's matrix product, as thinc computes it."""
        return self.ops.gemm(X, layer[0].W, trans2=True)

    def _maxout_norm(self, Y: np.ndarray, layer: tuple[_Maxout, _Norm]) -> np.ndarray:
        """Bias, maxout and layer norm after the layer's product `Y` (changed in place)."""
        m, norm = layer
        Y += m.b
        best, _ = self.ops.maxout(self.ops.reshape3f(Y, Y.shape[0], m.nO, m.nP))
        # thinc's layernorm: numpy's mean and var (float32 sums, the count divided in as an intp)
        n = np.intp(best.shape[1])
        mu = np.add.reduce(best, axis=1, keepdims=True)
        np.true_divide(mu, n, out=mu, casting="unsafe")
        dist = best - mu
        var = np.add.reduce(np.square(dist), axis=1, keepdims=True)
        np.true_divide(var, n, out=var, casting="unsafe")
        var += 1e-08
        out = dist * var ** (-1.0 / 2.0)
        out = out * norm.G
        out += norm.b
        return out

    def predict(self, docs: list[Doc]) -> list[np.ndarray]:
        """Token vectors per doc, as `Tok2Vec.predict` returns them."""
        ops = self.ops
        if not any(len(doc) for doc in docs):
            return [ops.alloc((0, self.width)) for _ in docs]
        feats = [ops.asarray2i(doc.to_array(self.columns), dtype="uint64") for doc in docs]
        mixed = self._mixed(ops.flatten(feats))
        # thinc's with_array(pad=pad): the docs' rows stacked with `pad` zero rows before, between
        # and after them (empty docs take no room), so no window reaches into the next doc
        pad = self.pad
        starts, rows, at = [], 0, pad
        for doc in docs:
            starts.append(at)
            at += len(doc) + pad if len(doc) else 0
        X = np.zeros((at, mixed.shape[1]), dtype=mixed.dtype)
        for doc, start in zip(docs, starts):
            X[start:start + len(doc)] = mixed[rows:rows + len(doc)]
            rows += len(doc)
        for block in self.blocks:
            X = X + self._maxout_norm(self._product(ops.seq2col(X, self.window), block), block)
        return [X[start:start + len(doc)] for doc, start in zip(docs, starts)]


def _same(want: list[np.ndarray], got: list[np.ndarray], tolerance: float) -> bool:
    return len(want) == len(got) and all(
        a.shape == b.shape and a.dtype == b.dtype
        and (np.array_equal(a, b) if tolerance == 0 else bool(np.all(np.abs(a - b) <= tolerance)))
        for a, b in zip(want, got))


def _agrees(fast: FastTok2Vec, batches: list[list[Doc]], wanted: list, tolerance: float) -> bool:
    return all(_same(want, fast.predict(batch), tolerance) for batch, want in zip(batches, wanted))


def install(nlp: Language, component: str = "tok2vec", fold: bool = True) -> str:
    """Run `component`'s predictions through `FastTok2Vec` when it agrees with thinc on PROBES.

    The plain fast forward must give thinc's vectors bit for bit; with `fold`, the folded mixer
    must then stay within PROJECTION_TOLERANCE of them, else the plain one is kept. Returns the path
    taken: 'folded', 'exact' or 'thinc'.
    """
    if component not in nlp.pipe_names:
        return "thinc"
    pipe = nlp.get_pipe(component)
    fast = FastTok2Vec.from_model(pipe.model)
    if fast is None:
        log.info("tok2vec: model shape not recognised, thinc's forward kept")
        return "thinc"
    docs = [nlp.make_doc(text) for text in PROBES]
    for name in nlp.pipe_names[:nlp.pipe_names.index(component)]:
        docs = [nlp.get_pipe(name)(doc) for doc in docs]
    batches = [docs, docs[:1], docs[-1:], [docs[0], nlp.make_doc(""), docs[1]]]
    wanted = [pipe.model.predict(batch) for batch in batches]
    if not _agrees(fast, batches, wanted, 0):
        log.info("tok2vec: fast forward differs from thinc's on the probes, thinc's kept")
        return "thinc"
    taken = "exact"
    if fold:
        fast.folded = fast.fold()
        if _agrees(fast, batches, wanted, PROJECTION_TOLERANCE):
            taken = "folded"
        else:
            log.info("tok2vec: folded mixer strays from thinc's vectors on the probes, not used")
            fast.folded = None
    pipe.predict = fast.predict
    return taken


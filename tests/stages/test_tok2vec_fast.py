"""The tok2vec's one-frame forward: thinc's vectors bit for bit, the folded mixer within tolerance
with the same entities, and thinc's own forward kept for shapes or arithmetic it does not match."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import spacy

from pipeline.stages import tok2vec_fast
from pipeline.stages.entities import build_nlp, load_model, model_path
from pipeline.stages.tok2vec_fast import FastTok2Vec, install

SHARED_NER = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner"

#: Written sentences per language, in the layouts case texts use (contact lines, running text).
SENTENCES = {
    "da": ["Projektleder Mette Kjær, Struer Kommune, tlf. 97 84 10 00",
           "Evalueringen blev udført af Rambøll for Trygfonden i efteråret 2023.",
           "Kontakt"],
    "sv": ["Kontaktperson: Johan Lindqvist, Länsstyrelsen i Kalmar län",
           "Projektet drevs av Region Skåne tillsammans med Lunds universitet och tre skolor i Malmö.",
           "Budget"],
    "nb": ["Prosjektleder Kari Nordmann i Stavanger kommune svarer på e-post.",
           "Tiltaket ble evaluert av NIBIO høsten 2022, og rapporten ble lagt fram i Tromsø.",
           "Mål"],
    "nn": ["Dagleg leiar Sigrid Nilsen, Voss herad, tlf. 56 52 00 00",
           "Prosjektet vart gjennomført av Høgskulen på Vestlandet i samarbeid med Førde kommune.",
           "Status"],
}
LANGS = sorted(SENTENCES)


def _thinc(nlp, docs):
    return nlp.get_pipe("tok2vec").model.predict(docs)


def _prepared(nlp, texts):
    """Docs as the tok2vec receives them (after the gazetteer component)."""
    docs = [nlp.make_doc(t) for t in texts]
    return [nlp.get_pipe("gazetteer")(d) for d in docs]


def _exact(nlp) -> FastTok2Vec:
    return FastTok2Vec.from_model(nlp.get_pipe("tok2vec").model)


@pytest.mark.parametrize("lang", LANGS)
def test_fast_forward_gives_thincs_vectors_bit_for_bit(lang):
    nlp = build_nlp(lang, "nordic")
    fast = _exact(nlp)
    docs = _prepared(nlp, SENTENCES[lang] + [" ".join(SENTENCES[lang] * 6)])
    batches = [[d] for d in docs] + [docs, [docs[0], nlp.make_doc(""), docs[1]], [nlp.make_doc("")]]
    for batch in batches:
        want, got = _thinc(nlp, batch) if any(len(d) for d in batch) else None, fast.predict(batch)
        if want is None:
            assert [g.shape for g in got] == [(0, 128)]
            continue
        assert [g.shape for g in got] == [w.shape for w in want]
        assert all(np.array_equal(w, g) for w, g in zip(want, got))


@pytest.mark.parametrize("lang", LANGS)
def test_folded_mixer_stays_within_tolerance_and_finds_the_same_entities(lang):
    nlp = build_nlp(lang, "nordic")
    pipe = nlp.get_pipe("tok2vec")
    folded = pipe.predict.__self__
    assert folded.folded is not None
    docs = _prepared(nlp, SENTENCES[lang])
    want, got = _thinc(nlp, docs), folded.predict(docs)
    diff = max(float(np.abs(w - g).max()) for w, g in zip(want, got))
    assert 0 < diff <= tok2vec_fast.PROJECTION_TOLERANCE  # not bitwise: the sums run in another order
    shipped = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(SENTENCES[lang])]
    del pipe.predict  # thinc's layer-by-layer forward
    try:
        naive = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(SENTENCES[lang])]
    finally:
        pipe.predict = folded.predict
    assert shipped == naive
    assert any(shipped)


@pytest.mark.skipif(not SHARED_NER.is_dir(), reason="../shared/data/ner not present")
@pytest.mark.parametrize("lang,name,n_entities", [("nb", "norne-nob-dev", 363), ("nn", "norne-nno-dev", 57),
                                                  ("sv", "sv-webnews-train", 190)])
def test_folded_mixer_finds_thincs_entities_on_real_sentences(lang, name, n_entities):
    """The first 300 sentences of each set, in batches of 40 as documents arrive."""
    lines = (SHARED_NER / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[:300]
    texts = [json.loads(line)["text"] for line in lines]
    nlp = build_nlp(lang, "nordic")
    pipe = nlp.get_pipe("tok2vec")
    folded = pipe.predict
    runs = []
    for predict in (folded, None):
        if predict is None:
            del pipe.predict
        try:
            runs.append([[(e.start_char, e.end_char, e.label_) for e in d.ents]
                         for d in nlp.pipe(texts, batch_size=40)])
        finally:
            pipe.predict = folded
    assert runs[0] == runs[1]
    assert sum(len(r) for r in runs[0]) == n_entities


def test_pipeline_loads_the_folded_forward_once_for_all_languages():
    pipes = [build_nlp(lang, "nordic").get_pipe("tok2vec") for lang in LANGS]
    fast = [p.predict.__self__ for p in pipes]
    assert all(isinstance(f, FastTok2Vec) for f in fast)
    assert len({id(f.folded[0]) for f in fast}) == 1  # one folded table shared by the four pipelines
    assert fast[0].folded[0].shape == (20000 + 2500 + 5000 + 1000 + 64 + 5000 + 5000, 3 * 128)


def test_folding_rejected_at_zero_tolerance_keeps_the_exact_forward(monkeypatch):
    monkeypatch.setattr(tok2vec_fast, "PROJECTION_TOLERANCE", 0.0)
    nlp = load_model()
    assert install(nlp) == "exact"
    assert nlp.get_pipe("tok2vec").predict.__self__.folded is None


def test_forward_that_differs_from_thinc_is_not_used(monkeypatch):
    original = FastTok2Vec.predict

    def off_by_a_little(self, docs):
        return [v + np.float32(1e-3) for v in original(self, docs)]

    monkeypatch.setattr(FastTok2Vec, "predict", off_by_a_little)
    nlp = spacy.load(model_path())
    assert install(nlp) == "thinc"
    assert "predict" not in nlp.get_pipe("tok2vec").__dict__


def test_spacy_default_tok2vec_is_recognised_and_exact():
    """The same architecture at spaCy's default sizes (width 96, four features, BLIS ops) also runs
    through the fast forward with thinc's vectors bit for bit."""
    nlp = spacy.blank("da")
    nlp.add_pipe("tok2vec")
    nlp.initialize()
    fast = FastTok2Vec.from_model(nlp.get_pipe("tok2vec").model)
    assert fast is not None and len(fast.embeds) == 4 and fast.width == 96
    docs = [nlp.make_doc(t) for t in SENTENCES["da"]]
    assert all(np.array_equal(w, g) for w, g in zip(nlp.get_pipe("tok2vec").model.predict(docs),
                                                    fast.predict(docs)))
    assert install(nlp, fold=False) == "exact"


def test_other_encoder_keeps_thincs_forward():
    nlp = spacy.blank("sv")
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 32, "attrs": ["NORM", "SHAPE"],
                  "rows": [500, 100], "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MishWindowEncoder.v2", "width": 32, "window_size": 1,
                   "depth": 2}}})
    nlp.initialize()
    assert FastTok2Vec.from_model(nlp.get_pipe("tok2vec").model) is None
    assert install(nlp) == "thinc"
    assert "predict" not in nlp.get_pipe("tok2vec").__dict__


def test_languages_share_one_loaded_model():
    """The four pipelines differ only in their rules: the model's components are one set of objects."""
    nlps = [build_nlp(lang, "nordic") for lang in LANGS]
    for name in ("gazetteer", "tok2vec", "ner", "nordcase_ner_confidence"):
        assert len({id(nlp.get_pipe(name)) for nlp in nlps}) == 1
    assert len({id(nlp.get_pipe("nordcase_entity_rules")) for nlp in nlps}) == 4
    assert [nlp.get_pipe("nordcase_entity_rules").rules.lang for nlp in nlps] == LANGS

package punkt

import (
	"sync"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// Orthographic context flags, as neurosnap's ortho.go defines them: where a
// word type was seen in training (beginning or middle of a sentence, or
// unknown) and with which case.
const (
	orthoBegUc = 1 << 1
	orthoMidUc = 1 << 2
	orthoUnkUc = 1 << 3
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
	orthoUc    = orthoBegUc + orthoMidUc + orthoUnkUc
	orthoLc    = orthoBegLc + orthoMidLc + orthoUnkLc
)

// supervisedAbbrevs are the abbreviations prose/v3's segment package adds
// to the English model before use (its unexported supervisedAbbrevs). They
// are code in prose, not model data, so they are repeated here;
// TestSupervisedAbbrevs checks that prose still treats them so.
var supervisedAbbrevs = []string{"sgt", "gov", "no", "mt"}

// typeInfo is all the model knows about one word type. Looking a type up
// once gives all three, where neurosnap's storage has a map for each.
type typeInfo struct {
	ortho   int  // OrthoContext flags
	starter bool // a frequent sentence starter (SentStarters)
	abbrev  bool // a known abbreviation (AbbrevTypes)
}

// model is the English Punkt model in the shape the scanner looks it up.
// It is built once and never written afterwards, which is what makes a
// Segmenter safe for concurrent use.
type model struct {
	types map[string]typeInfo
	// colloc holds the collocations, keyed "type,type" as in the model.
	colloc map[string]struct{}
}

// loadModel reads the English model that prose uses — the JSON compiled
// into gopkg.in/neurosnap/sentences.v1/data — with neurosnap's own loader,
// exactly as prose's segment.New does, and reshapes it.
var loadModel = sync.OnceValues(func() (*model, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	st, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, err
	}
	for _, a := range supervisedAbbrevs {
		st.AbbrevTypes.Add(a)
	}
	return newModel(st), nil
})

// newModel reshapes neurosnap's storage. Its sets count a member only when
// its value is not zero (SetString.Has, and the annotators' "!= 0" tests),
// so zero entries are left out here.
func newModel(st *sentences.Storage) *model {
	m := &model{
		types:  make(map[string]typeInfo, len(st.OrthoContext)+len(st.AbbrevTypes)),
		colloc: make(map[string]struct{}, len(st.Collocations)),
	}
	for k, v := range st.OrthoContext {
		if v != 0 {
			ti := m.types[k]
			ti.ortho = v
			m.types[k] = ti
		}
	}
	for k, v := range st.SentStarters {
		if v != 0 {
			ti := m.types[k]
			ti.starter = true
			m.types[k] = ti
		}
	}
	for k, v := range st.AbbrevTypes {
		if v != 0 {
			ti := m.types[k]
			ti.abbrev = true
			m.types[k] = ti
		}
	}
	for k, v := range st.Collocations {
		if v != 0 {
			m.colloc[k] = struct{}{}
		}
	}
	return m
}

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

// typeInfo is what the model knows about a word type as the word after a
// candidate boundary: one lookup gives both.
type typeInfo struct {
	ortho   int  // OrthoContext flags
	starter bool // a frequent sentence starter (SentStarters)
}

// model is the English Punkt model in the shape the scanner looks it up.
// It is built once and never written afterwards, which is what makes a
// Segmenter safe for concurrent use.
type model struct {
	types map[string]typeInfo
	// abbrevs are the abbreviation types (AbbrevTypes), in a set of their
	// own: small enough to stay in cache, where types has 20,000 entries.
	abbrevs wordSet
	// colloc holds the collocations, keyed "type,type" as in the model,
	// and collocFirst their first types, so that a key is only built for
	// a word that may begin one.
	colloc      map[string]struct{}
	collocFirst wordSet
}

// loadModel reads the English model that prose uses — the JSON compiled
// into gopkg.in/neurosnap/sentences.v1/data — with neurosnap's own loader,
// exactly as prose's segment.New does, and reshapes it.
var loadModel = sync.OnceValues(loadModelUncached)

func loadModelUncached() (*model, error) {
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
}

// newModel reshapes neurosnap's storage. Its sets count a member only when
// its value is not zero (SetString.Has, and the annotators' "!= 0" tests),
// so zero entries are left out here.
func newModel(st *sentences.Storage) *model {
	m := &model{
		types:  make(map[string]typeInfo, len(st.OrthoContext)),
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
			m.abbrevs.add(k)
		}
	}
	for k, v := range st.Collocations {
		if v != 0 {
			m.colloc[k] = struct{}{}
			// Types have their commas removed, but a one-byte type
			// keeps its comma: any comma may be the separator.
			for c := range len(k) {
				if k[c] == ',' {
					m.collocFirst.add(k[:c])
				}
			}
		}
	}
	return m
}

// wordSet is a small set of words behind a filter on their shape, which
// rules out most words without hashing them.
type wordSet struct {
	words map[string]struct{}
	// seen has the bit of each member's shape (see shapeBit) set.
	seen [shapeBits / 64]uint64
}

const shapeBits = 4096

// shapeBit is a cheap hash of a word's length and first and last bytes.
func shapeBit[T string | []byte](w T) uint {
	if len(w) == 0 {
		return 0
	}
	return (uint(len(w))*977 + uint(w[0])*31 + uint(w[len(w)-1])) % shapeBits
}

func (ws *wordSet) add(w string) {
	if ws.words == nil {
		ws.words = make(map[string]struct{})
	}
	ws.words[w] = struct{}{}
	b := shapeBit(w)
	ws.seen[b/64] |= 1 << (b % 64)
}

func (ws *wordSet) has(w []byte) bool {
	if b := shapeBit(w); ws.seen[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	_, ok := ws.words[string(w)]
	return ok
}

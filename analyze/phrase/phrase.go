// Package phrase is lastmile's phrase lists: a List is a named, documented
// list with its default entries, which analyzers declare and rubric files
// may replace; a Matcher is a compiled list that finds its phrases in a
// sentence's words ("did I catch you at a * time", "I'll send you ... by
// friday").
package phrase

import (
	"fmt"
	"strings"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// A List is a named, documented list of phrases an analyzer looks
// for, with its default entries. Rubric files may replace any list.
//
// A phrase is matched against words (see Words), so case, punctuation and
// curly apostrophes do not matter. Two tokens are special:
//
// "*" stands for any one word ("did i catch you at a * time"), and "..."
// for up to six words or none ("i'll send you ... by friday").
type List struct {
	Name    string
	Doc     string
	Default []string
}

// maxGap is how many words "..." may stand for.
const maxGap = 6

// Matcher is a compiled phrase list.
type Matcher struct {
	name    string
	phrases []phrase
	byFirst wordIndex // first literal word -> phrases starting with it
	wild    []int     // phrases starting with * or ...
}

// mayStart reports whether a phrase might start with w; false is certain.
func (p *Matcher) mayStart(w string) bool {
	return len(p.wild) > 0 || p.byFirst.mayHave(w)
}

type phrase struct {
	text  string
	parts []string // words, "*" or "..."
}

// Compile compiles a list; an empty phrase or one that is only
// wildcards is an error naming it.
func Compile(name string, list []string) (*Matcher, error) {
	p := &Matcher{name: name}
	byFirst := make(map[string][]int)
	for _, text := range list {
		var parts []string
		for _, tok := range strings.Fields(text) {
			switch tok {
			case "*", "...", "…":
				if tok == "…" {
					tok = "..."
				}
				parts = append(parts, tok)
			default:
				parts = append(parts, transcript.Words(tok)...)
			}
		}
		literal := false
		for _, w := range parts {
			literal = literal || (w != "*" && w != "...")
		}
		if !literal {
			return nil, fmt.Errorf("phrase %q in %s has no words", text, name)
		}
		for len(parts) > 0 && parts[len(parts)-1] == "..." {
			parts = parts[:len(parts)-1]
		}
		i := len(p.phrases)
		p.phrases = append(p.phrases, phrase{text: text, parts: parts})
		if first := parts[0]; first == "*" || first == "..." {
			p.wild = append(p.wild, i)
		} else {
			byFirst[first] = append(byFirst[first], i)
		}
	}
	p.byFirst = newWordIndex(byFirst)
	return p, nil
}

// MustCompile compiles a built-in list; a bad one is a programming error.
func MustCompile(name string, list []string) *Matcher {
	p, err := Compile(name, list)
	if err != nil {
		panic(err)
	}
	return p
}

// Len returns the number of phrases.
func (p *Matcher) Len() int { return len(p.phrases) }

// A Match is where a phrase was found: words[Start:End].
type Match struct {
	Phrase     string
	Start, End int
}

// Find returns the first match in words: the leftmost; at one position,
// the first listed of the phrases starting with that word, else the first
// listed of those starting with "*" or "...".
func (p *Matcher) Find(words []string) (Match, bool) {
	for i := range words {
		if m, ok := p.matchAt(words, i); ok {
			return m, true
		}
	}
	return Match{}, false
}

// FindAll returns every non-overlapping match, left to right.
func (p *Matcher) FindAll(words []string) []Match {
	var out []Match
	for i := 0; i < len(words); {
		m, ok := p.matchAt(words, i)
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		i = max(m.End, i+1)
	}
	return out
}

// Equal reports whether the words are exactly one of the phrases (whole
// sentence match, as for "mm-hmm" or "is that right").
func (p *Matcher) Equal(words []string) (Match, bool) {
	if len(words) == 0 {
		return Match{}, false
	}
	try := func(idx []int) (Match, bool) {
		for _, k := range idx {
			if end, ok := matchParts(p.phrases[k].parts, words, 0); ok && end == len(words) {
				return Match{Phrase: p.phrases[k].text, Start: 0, End: end}, true
			}
		}
		return Match{}, false
	}
	if !p.mayStart(words[0]) {
		return Match{}, false
	}
	if m, ok := try(p.byFirst.get(words[0])); ok {
		return m, true
	}
	return try(p.wild)
}

// HasPrefix reports whether words begin with one of the phrases.
func (p *Matcher) HasPrefix(words []string) (Match, bool) {
	return p.matchAt(words, 0)
}

func (p *Matcher) matchAt(words []string, i int) (Match, bool) {
	if i >= len(words) || !p.mayStart(words[i]) {
		return Match{}, false
	}
	for _, idx := range [2][]int{p.byFirst.get(words[i]), p.wild} {
		for _, k := range idx {
			if end, ok := matchParts(p.phrases[k].parts, words, i); ok {
				return Match{Phrase: p.phrases[k].text, Start: i, End: end}, true
			}
		}
	}
	return Match{}, false
}

// matchParts matches parts against words from i, returning the end.
func matchParts(parts, words []string, i int) (int, bool) {
	if len(parts) == 0 {
		return i, true
	}
	switch parts[0] {
	case "...":
		for gap := 0; gap <= maxGap && i+gap <= len(words); gap++ {
			if end, ok := matchParts(parts[1:], words, i+gap); ok {
				return end, true
			}
		}
		return 0, false
	case "*":
		if i >= len(words) {
			return 0, false
		}
		return matchParts(parts[1:], words, i+1)
	}
	if i >= len(words) || words[i] != parts[0] {
		return 0, false
	}
	return matchParts(parts[1:], words, i+1)
}

// Covers reports whether words are a sequence of whole phrases of m, with
// nothing left over ("yeah yeah", "oh okay" over a list of backchannels).
func (m *Matcher) Covers(words []string) bool {
	if len(words) == 0 {
		return true
	}
	if !m.mayStart(words[0]) {
		return false
	}
	for _, idx := range [2][]int{m.byFirst.get(words[0]), m.wild} {
		for _, k := range idx {
			if end, ok := matchParts(m.phrases[k].parts, words, 0); ok && end > 0 && m.Covers(words[end:]) {
				return true
			}
		}
	}
	return false
}

// Parts calls fn with the words of each phrase, in order, with "*" and
// "..." as they stand: a match of the phrase holds its words, and those
// not parted by a wildcard next to each other. A detector can turn a
// sentence away from a list when it holds none of a phrase's rarest words.
// fn must not keep or change parts.
func (p *Matcher) Parts(fn func(parts []string)) {
	for _, ph := range p.phrases {
		fn(ph.parts)
	}
}

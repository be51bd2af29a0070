// Package punkt splits text into sentences exactly as prose/v3's segment
// package does (github.com/jdkato/prose/v3/segment, Punkt on
// gopkg.in/neurosnap/sentences.v1 with prose's English customizations),
// without running prose: the same sentence texts at the same byte offsets,
// several times faster and with one allocation per text.
//
// # What prose does
//
// Prose's segmenter is a pipeline over word tokens:
//
//  1. A word tokenizer cuts the text at every white space rune
//     (unicode.IsSpace) and keeps only the runs that hold '.', '?' or '!'
//     and the run right after each of those. A token's position is the
//     offset of the white space that ends it, or the end of the text. A
//     quirk: the loop ends a run at the text's end only when the last rune
//     starts at the last byte, so when the text ends in a multi-byte rune
//     that is not a space (… ” ’ é 😀), its last run is not a token at all.
//  2. Three annotators run one after the other, each over the whole token
//     list: a type-based pass (sentence-ending punctuation, period-final
//     words that are or are not known abbreviations), neurosnap's
//     token-based pass over adjacent pairs (collocations, the orthographic
//     heuristic, frequent sentence starters, initials and ordinals, spaced
//     ellipses) and prose's own pair pass (ellipses, closing quotes and
//     brackets, multi-period abbreviations such as "F.B.I.").
//  3. Each token marked as a break ends a sentence at its position; the
//     pieces are trimmed of white space and empty ones are dropped.
//
// All decisions rest on a token, the token after it and the model's word
// types (lower-cased, a trailing number written "##number##", commas
// dropped). Prose computes them with regular expressions and allocates
// every token.
//
// # What this package does
//
// Segment reads the text once, from one candidate boundary to the next: it
// jumps to the next '.', '?' or '!' with strings.IndexByte, steps back to
// the start of its run and forward to its end, and so on along the runs
// after it for as long as they hold punctuation. The rest of the text is
// never looked at byte by byte. White space is told from the rest with a
// byte table; a multi-byte space can only start at one of four lead bytes,
// which are checked on the spot, and since every lead byte starts a rune
// when UTF-8 (valid or not) is decoded forward, this agrees with prose's
// rune loop in both directions. Each run so found becomes a token (a
// substring, its position and a few flags from the scan) and goes through
// the three annotators, rewritten as byte loops with their conditions in
// prose's order.
//
// The annotators are run as a pipeline rather than pass after pass: the
// type-based pass decides a token alone; the token-based pass on (t, u)
// needs u after the type-based pass; prose's pass on (t, u) needs u after
// the token-based pass on (u, v) and t after prose's pass on the pair
// before. So with a window of three tokens, when token v arrives the scanner
// runs the type-based pass on v, the token-based pass on (u, v) and prose's
// pass on (t, u), and t is final: each pass sees exactly the state prose's
// sequential passes would have left. Word types are built in scratch
// buffers, only when a condition needs them (most tokens are plain words
// ending a sentence, which no condition concerns), and looked up in one map
// that holds a type's orthographic context and whether it starts sentences;
// abbreviations and the first words of collocations are small sets behind a
// filter on their shape.
//
// Everything prose computes is computed the same way, including its
// oddities (TypeBased's rune count used as a byte count, the "Yahoo!"
// exception, the lost last run), so there is no shape of input on which the
// results differ; there is therefore no fallback to prose. The differential
// tests and FuzzSegment hold this to account against prose itself.
//
// The model is not copied: New loads neurosnap's embedded English JSON
// through neurosnap's own loader, as prose does, and adds prose's four
// supervised abbreviations.
package punkt

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence and where it starts in the text, as prose's
// segment.Sentence: text[s.Start:s.Start+len(s.Text)] == s.Text, and Text
// is trimmed of white space.
type Sentence struct {
	Text  string
	Start int
}

// Segmenter splits text into sentences as prose/v3 does. It is safe for
// concurrent use.
type Segmenter struct {
	m *model
}

// New returns a Segmenter. The model is loaded on the first call (about
// 15 ms) and shared afterwards.
func New() (*Segmenter, error) {
	m, err := loadModel()
	if err != nil {
		return nil, err
	}
	return &Segmenter{m: m}, nil
}

// Segment returns the sentences of text: the same texts at the same
// offsets as prose's (*segment.Segmenter).Segment.
func (s *Segmenter) Segment(text string) []Sentence {
	// Sentences are gathered on the stack and copied out once, so that
	// the result is one allocation of the right size.
	var buf [16]Sentence
	return slices.Clone(s.AppendSegment(buf[:0], text))
}

// AppendSegment appends the sentences of text to dst and returns it, so
// that a caller can reuse one slice for many texts.
func (s *Segmenter) AppendSegment(dst []Sentence, text string) []Sentence {
	sc := scanner{m: s.m, text: text}
	return sc.run(dst)
}

// Byte classes for the scan.
const (
	clOther = iota // part of a word
	clSpace        // an ASCII white space byte
	clPunct        // '.', '?' or '!': makes its run a token
	clLead         // may start a multi-byte white space rune
	clHigh         // any other byte of a multi-byte rune
)

var class = func() (c [256]uint8) {
	for _, b := range []byte{'\t', '\n', '\v', '\f', '\r', ' '} {
		c[b] = clSpace
	}
	c['.'], c['?'], c['!'] = clPunct, clPunct, clPunct
	// The lead bytes of U+0085, U+00A0 (C2), U+1680 (E1), U+2000–U+200A,
	// U+2028, U+2029, U+202F, U+205F (E2) and U+3000 (E3). Continuation
	// bytes never start a rune, so a run can be scanned byte by byte.
	for b := 0x80; b < 0x100; b++ {
		c[b] = clHigh
	}
	c[0xC2], c[0xE1], c[0xE2], c[0xE3] = clLead, clLead, clLead, clLead
	return c
}()

// wideSpace returns the length of the multi-byte white space rune
// (unicode.IsSpace) starting at text[i], or 0. text[i] is a clLead byte.
func wideSpace(text string, i int) int {
	if i+1 >= len(text) {
		return 0
	}
	b1 := text[i+1]
	switch text[i] {
	case 0xC2:
		if b1 == 0x85 || b1 == 0xA0 {
			return 2
		}
		return 0
	}
	if i+2 >= len(text) {
		return 0
	}
	b2 := text[i+2]
	switch text[i] {
	case 0xE1:
		if b1 == 0x9A && b2 == 0x80 {
			return 3
		}
	case 0xE2:
		if b1 == 0x80 && (b2 <= 0x8A && b2 >= 0x80 || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) || b1 == 0x81 && b2 == 0x9F {
			return 3
		}
	case 0xE3:
		if b1 == 0x80 && b2 == 0x80 {
			return 3
		}
	}
	return 0
}

// token is one of prose's tokens: a run of non-space text that holds
// sentence punctuation or follows one that does.
//
// inner reports sentence punctuation before the token's last byte: without
// it most of prose's patterns ("..", `."`, ".(", "U.S.") cannot match, and
// their tests are skipped.
type token struct {
	tok       string
	pos       int  // where a break after this token cuts the text
	ascii     bool // tok is all ASCII: its types are built byte by byte
	inner     bool
	sentBreak bool // prose's annotations, as they stand
	abbr      bool
}

// typeBufLen is the scratch space for one word type; longer types spill to
// the heap.
const typeBufLen = 64

type scanner struct {
	m    *model
	text string
	// win holds the last tokens not yet final; see the package doc.
	win       [3]token
	n         int
	lastBreak int
	// Scratch for word types and collocation keys.
	b1, b2 [typeBufLen]byte
}

// run appends the sentences of sc.text to out. (The sentences are not
// kept in the scanner: a slice stored through the pointer would make a
// caller's stack buffer escape.)
func (sc *scanner) run(out []Sentence) []Sentence {
	text := sc.text
	n := len(text)
	// lastWide reports prose's lost last run (see the package doc).
	_, w := utf8.DecodeLastRuneInString(text)
	lastWide := w > 1
	next := nextPunct{pos: [3]int{-1, -1, -1}}
	// Runs before i are done with; i is a rune start.
	for i := 0; ; {
		k := next.at(text, i)
		if k == n {
			break
		}
		// The run holding k, then each run after one with punctuation.
		j := runStart(text, i, k)
		for {
			t, punct := runEnd(text, j)
			end := t.pos
			if end == n && lastWide {
				return sc.finish(out)
			}
			if end == n-1 {
				// neurosnap's tokenizer places a token ended by the last
				// byte at the end of the text.
				t.pos = n
			}
			if brk, ok := sc.push(t); ok {
				out = sc.cut(out, brk)
			}
			i = end
			if j = skipSpace(text, end); !punct || j == n {
				break
			}
		}
	}
	return sc.finish(out)
}

// nextPunct finds sentence punctuation with strings.IndexByte, remembering
// where the next of each byte is so that the text is searched about once
// for each. pos holds the offsets of the next '.', '?' and '!' found, or
// len(text) when there is none left; -1 before the first search.
type nextPunct struct {
	pos [3]int
}

var puncts = [3]byte{'.', '?', '!'}

// at returns the offset of the first sentence punctuation at or after i,
// or len(text).
func (np *nextPunct) at(text string, i int) int {
	best := len(text)
	for c, b := range puncts {
		if np.pos[c] < i {
			if np.pos[c] == len(text) {
				continue // none left
			}
			np.pos[c] = len(text)
			if k := strings.IndexByte(text[i:], b); k >= 0 {
				np.pos[c] = i + k
			}
		}
		best = min(best, np.pos[c])
	}
	return best
}

// runStart returns where the run holding text[k] starts: after the last
// white space in text[lo:k], or lo. Scanning back is safe with UTF-8: a
// white space rune starts at a lead byte, and every lead byte starts a rune
// when the text is decoded forward, valid or not.
func runStart(text string, lo, k int) int {
	for j := k - 1; j >= lo; j-- {
		c := text[j]
		switch {
		case c < utf8.RuneSelf:
			if class[c] == clSpace {
				return j + 1
			}
		case c == 0x85 || c == 0xA0:
			if j-1 >= lo && text[j-1] == 0xC2 {
				return j + 1
			}
			fallthrough
		case c < 0xC0: // a continuation byte
			if j-2 >= lo && class[text[j-2]] == clLead && wideSpace(text, j-2) == 3 {
				return j + 1
			}
		}
	}
	return lo
}

// runEnd scans the run starting at j, which is not white space, and
// returns it as a token, and whether it holds sentence punctuation.
func runEnd(text string, j int) (t token, punct bool) {
	start, first := j, -1
	t.ascii = true
scan:
	for ; j < len(text); j++ {
		switch class[text[j]] {
		case clPunct:
			if first < 0 {
				first = j
			}
		case clSpace:
			break scan
		case clHigh:
			t.ascii = false
		case clLead:
			if wideSpace(text, j) > 0 {
				break scan
			}
			t.ascii = false
		}
	}
	t.tok, t.pos = text[start:j], j
	t.inner = first >= 0 && first < j-1
	return t, first >= 0
}

// skipSpace returns the offset of the first rune at or after i that is not
// white space, or len(text).
func skipSpace(text string, i int) int {
	for i < len(text) {
		switch class[text[i]] {
		case clSpace:
			i++
			continue
		case clLead:
			if w := wideSpace(text, i); w > 0 {
				i += w
				continue
			}
		}
		return i
	}
	return i
}

// push runs the annotators that the new token t allows to run. A token
// that becomes final and ends a sentence is returned as the offset where
// the sentence ends.
func (sc *scanner) push(t token) (brk int, ok bool) {
	sc.typeBased(&t)
	switch sc.n {
	case 0, 1:
		sc.win[sc.n] = t
		sc.n++
		if sc.n == 2 {
			sc.tokenBased(&sc.win[0], &sc.win[1])
		}
		return 0, false
	}
	sc.win[2] = t
	sc.tokenBased(&sc.win[1], &sc.win[2])
	sc.multiPunct(&sc.win[0], &sc.win[1])
	done := sc.win[0]
	sc.win[0], sc.win[1] = sc.win[1], sc.win[2]
	return done.pos, done.sentBreak
}

// finish finishes the last tokens and the last sentence. The pair passes
// on the last token and "no token" do nothing that shows: prose's clears a
// break only on a token holding a new line, and no token does. (A text
// with no token at all is made one token by neurosnap, ending at the end
// of the text, where a break changes nothing either.)
func (sc *scanner) finish(out []Sentence) []Sentence {
	if sc.n == 2 {
		sc.multiPunct(&sc.win[0], &sc.win[1])
	}
	for _, t := range sc.win[:sc.n] {
		if t.sentBreak {
			out = sc.cut(out, t.pos)
		}
	}
	if sc.lastBreak != len(sc.text) {
		out = sc.cut(out, len(sc.text))
	}
	return out
}

// cut ends a sentence at end, trimmed of white space as prose's trimRange
// does, and appends it to out; an empty one is dropped.
func (sc *scanner) cut(out []Sentence, end int) []Sentence {
	text := sc.text
	start := sc.lastBreak
	sc.lastBreak = end
	for start < end {
		if c := text[start]; c < utf8.RuneSelf {
			if class[c] != clSpace {
				break
			}
			start++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		if c := text[end-1]; c < utf8.RuneSelf {
			if class[c] != clSpace {
				break
			}
			end--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start < end {
		out = append(out, Sentence{Text: text[start:end], Start: start})
	}
	return out
}

// typeBased is neurosnap's TypeBasedAnnotation with prose's
// HasSentEndChars: sentence-ending punctuation breaks; a word ending in one
// period is an abbreviation if the model knows it (whole, or its part
// after the last hyphen) and a break otherwise.
func (sc *scanner) typeBased(t *token) {
	tok := t.tok
	if hasSentEndChars(tok, t.inner) {
		t.sentBreak = true
		return
	}
	if !strings.HasSuffix(tok, ".") || t.inner && strings.HasSuffix(tok, "..") {
		return
	}
	var low []byte
	if t.ascii {
		low = appendLower(sc.b1[:0], tok[:len(tok)-1])
	} else {
		// neurosnap cuts the period off with the rune count as a byte
		// count: for a word with multi-byte runes it cuts more.
		low = append(sc.b1[:0], strings.ToLower(tok[:utf8.RuneCountInString(tok)-1])...)
	}
	abbr := sc.m.abbrevs.has(low)
	if k := bytes.LastIndexByte(low, '-'); k >= 0 && !abbr {
		abbr = sc.m.abbrevs.has(low[k+1:])
	}
	if abbr {
		t.abbr = true
	} else {
		t.sentBreak = true
	}
}

// tokenBased is neurosnap's TokenBasedAnnotation on the pair (one, two),
// the Punkt paper's section 4, condition for condition. The type of two
// and the model's entry for it are only looked up when a condition needs
// them: most tokens are plain words ending a sentence, which none of the
// conditions concerns.
func (sc *scanner) tokenBased(one, two *token) {
	if !strings.HasSuffix(one.tok, ".") {
		return
	}
	typ := typeNoPeriod(appendType(sc.b1[:0], one.tok, one.ascii))
	initial := isInitial(one.tok)
	number := string(typ) == "##number##"
	colloc := sc.m.collocFirst.has(typ)
	reclassify := (one.abbr || one.inner && strings.HasSuffix(one.tok, "..")) && !initial
	spaced := one.tok == "." && two.tok == "."
	if !colloc && !reclassify && !spaced && !initial && !number {
		return
	}
	next := sc.typeNoSentPeriod(sc.b2[:0], two)

	// 4.1.2: a collocation makes the period an abbreviation's. The key is
	// built past the end of typ in its buffer, which leaves typ as it is.
	if colloc {
		key := append(append(typ, ','), next...)
		if _, ok := sc.m.colloc[string(key)]; ok {
			one.sentBreak = false
			one.abbr = true
			return
		}
	}
	info := sc.m.types[string(next)]
	// 4.2: an abbreviation or an ellipsis may also end a sentence.
	if reclassify {
		if heuristic(two, info) == 1 {
			one.sentBreak = true
			return
		}
		if firstUpper(two.tok) && info.starter {
			one.sentBreak = true
			return
		}
	}
	// A spaced ellipsis ". . .".
	if spaced {
		one.sentBreak = false
		two.sentBreak = false
		return
	}
	// 4.3: initials and ordinals.
	if initial || number {
		h := heuristic(two, info)
		if h == 0 {
			one.sentBreak = false
			one.abbr = true
			return
		}
		if h == -1 && initial && firstUpper(two.tok) && info.ortho&orthoLc == 0 {
			one.sentBreak = false
			one.abbr = true
		}
	}
}

// multiPunct is prose's multiPunctWordAnnotation on the pair (one, two).
func (sc *scanner) multiPunct(one, two *token) {
	period := strings.HasSuffix(one.tok, ".")
	if period && two.tok == "." {
		one.sentBreak = false
		two.sentBreak = false
		return
	}
	nonBreak := period && !one.sentBreak
	// prose's `(?:\.\s?){2,}\.`: a token holds no white space.
	ellipsis := one.inner && hasDots(one.tok, 3)
	internal := one.sentBreak && looksInternal(one.tok)
	var info typeInfo
	known := false
	if nonBreak || ellipsis || internal {
		info, known = sc.info(two), true
		if ellipsis && (firstUpper(two.tok) || info.starter) {
			one.sentBreak = true
			return
		}
		if internal && firstLower(two.tok) && !info.starter {
			one.sentBreak = false
			return
		}
		if nonBreak && firstUpper(two.tok) && info.ortho&orthoLc != 0 {
			one.sentBreak = true
		}
	}
	if !one.inner || !hasAbbrDots(one.tok) || isInitial(one.tok) {
		return
	}
	one.abbr = true
	one.sentBreak = false
	if !known {
		// two has not changed since: prose's recomputed type is the same.
		info = sc.info(two)
	}
	if heuristic(two, info) == 1 || firstUpper(two.tok) && info.starter {
		one.sentBreak = true
	}
}

// info returns the model's entry for t's TypeNoSentPeriod.
func (sc *scanner) info(t *token) typeInfo {
	return sc.m.types[string(sc.typeNoSentPeriod(sc.b2[:0], t))]
}

// typeNoSentPeriod is neurosnap's TypeNoSentPeriod: the word type, without
// its final period if the token is marked as a break.
func (sc *scanner) typeNoSentPeriod(dst []byte, t *token) []byte {
	typ := appendType(dst, t.tok, t.ascii)
	if t.sentBreak {
		return typeNoPeriod(typ)
	}
	return typ
}

// heuristic is neurosnap's orthographic heuristic (Punkt 4.1.1) for the
// token after a period: 1 if it starts a sentence, 0 if not, -1 if unknown.
// info is the model's entry for its TypeNoSentPeriod.
func heuristic(t *token, info typeInfo) int {
	switch t.tok {
	case ";", ":", ",", ".", "!", "?":
		return 0
	}
	ctx := info.ortho
	if firstUpper(t.tok) && ctx&orthoLc > 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if firstLower(t.tok) && (ctx&orthoUc > 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

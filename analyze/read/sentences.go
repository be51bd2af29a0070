package read

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/internal/punkt"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// This is the only file that splits sentences.
//
// The sentences are prose's (github.com/jdkato/prose/v3/segment, Punkt with
// prose's English model and customizations), computed by internal/punkt,
// which makes prose's decisions from prose's own model data in one scan
// instead of prose's regular expressions over every token: the same
// sentences at the same offsets (its differential tests and fuzz target
// check that against prose itself), several times faster. v3's model, not
// v2's: v2 rebuilds its 3.4 MB model for every document.

var segmenter = sync.OnceValue(func() *punkt.Segmenter {
	s, err := punkt.New()
	if err != nil {
		// The model is compiled into the binary: failing to load it is a
		// broken build, not bad input.
		panic("lastmile: loading the sentence model: " + err.Error())
	}
	return s
})

// Warm loads the sentence model (about 17 ms) so that a caller can overlap
// the load with other start-up work. Calling it is optional.
func Warm() { segmenter() }

const (
	// proseChunk bounds the text handed to the segmenter at once. prose's
	// tokenizer held every token of its input, so a huge turn was fed in
	// pieces cut after sentence-ending punctuation; punkt needs no such
	// bound, but a cut is a sentence break, so it stays for the same
	// sentences.
	proseChunk = 16 << 10
	// maxSentenceWords is the longest sentence kept whole; longer ones
	// (unpunctuated ASR, run-on speech) are cut by the fallback chunker.
	maxSentenceWords = 40
)

// unpunctuatedTurnWords is how many words a turn without any
// sentence-ending punctuation needs before it is marked unpunctuated: a
// short "sounds good" is just a short turn.
const unpunctuatedTurnWords = 6

// Segment splits one turn's text into sentences, as the readers do: prose's
// sentences, with the fallback chunker for unpunctuated stretches and
// run-on sentences. It reports whether the text was unpunctuated (no
// sentence-ending punctuation, and long enough to have needed some).
// Sentences have their Text, Offset, Words and Unpunctuated set.
func Segment(text string) ([]transcript.Sentence, bool) { return segmentText(text) }

// segmentText splits one turn's text into sentences (Text, Offset, Words,
// Unpunctuated; Line and Start are the caller's) and reports whether the
// text was unpunctuated: no sentence-ending punctuation at all, and long
// enough that it should have had some.
func segmentText(text string) (sents []transcript.Sentence, unpunctuated bool) {
	// The turn's words are found once; each sentence takes its share, and
	// its words' marks.
	scratch := spanPool.Get().(*[]wordSpan)
	words, spans := tokenize(text, (*scratch)[:0])
	defer func() {
		setMarks(sents, text, spans)
		*scratch = spans
		spanPool.Put(scratch)
	}()
	if !english.HasTerminal(text) {
		return chunk(nil, text, words, spans, 0, len(text)), len(words) > unpunctuatedTurnWords
	}
	if singleSentence(text) {
		// Most turns are one sentence with its punctuation at the end:
		// prose could only return the whole text, so it is not asked.
		start := leadingSpace(text)
		s := text[start : len(text)-trailingSpace(text)]
		if len(words) > maxSentenceWords {
			return chunk(nil, text, words, spans, start, start+len(s)), false
		}
		return []transcript.Sentence{{Text: s, Offset: start, Words: words[:len(words):len(words)], Unpunctuated: !english.EndsTerminal(s)}}, false
	}
	// prose ends a sentence only after . ? ! or …, or at the end: that
	// bounds the sentences, so the slice is made once.
	sents = make([]transcript.Sentence, 0, terminals(text)+1)
	w := 0
	seg := segmenter()
	for base := 0; base < len(text); {
		end := len(text)
		if end-base > proseChunk {
			end = cutAfterTerminal(text, base, base+proseChunk)
		}
		for _, s := range seg.Segment(text[base:end]) {
			start := base + s.Start
			stop := start + len(s.Text)
			for w < len(spans) && spans[w].start < start {
				w++
			}
			first := w
			for w < len(spans) && spans[w].end <= stop {
				w++
			}
			if w-first > maxSentenceWords || w-first > minChunkWords && !english.EndsTerminal(s.Text) {
				// Too long to be one sentence, or a stretch without
				// punctuation in a partly punctuated turn ("i think
				// regarding… sorry go ahead stefan do you want to add
				// something"): the fallback chunker cuts it.
				sents = chunk(sents, text, words[first:w], spans[first:w], start, stop)
				continue
			}
			sents = append(sents, transcript.Sentence{Text: s.Text, Offset: start, Words: words[first:w:w], Unpunctuated: !english.EndsTerminal(s.Text)})
		}
		base = end
	}
	return sents, false
}

// setMarks gives each sentence the marks of its words (see
// transcript.Marks), from the turn's text and word spans: a sentence's words
// are the spans from its offset on. The marks of a turn share one array.
func setMarks(sents []transcript.Sentence, text string, spans []wordSpan) {
	marks := make(transcript.Marks, len(spans))
	k := 0
	for i := range sents {
		s := &sents[i]
		for k < len(spans) && spans[k].start < s.Offset {
			k++
		}
		n := min(len(s.Words), len(spans)-k)
		stop := s.Offset + len(s.Text)
		m := marks[k : k+n : k+n]
		for j := range m {
			a, b := spans[k+j].start, spans[k+j].end
			if j > 0 && commaGap(text[spans[k+j-1].end:a]) {
				m[j] |= transcript.MarkComma
			}
			if b < stop && text[b] == '-' && (b+1 == stop || text[b+1] == ' ' || text[b+1] == '-') {
				m[j] |= transcript.MarkCut
			}
			if c := text[a]; 'A' <= c && c <= 'Z' {
				m[j] |= transcript.MarkCapital
			}
		}
		s.Marks = m
		k += n
	}
}

// commaGap reports whether the text between two words sets the second off:
// a comma, ; : or a dash.
func commaGap(gap string) bool {
	if len(gap) == 1 { // most gaps are one space
		c := gap[0]
		return c == ',' || c == ';' || c == ':'
	}
	return strings.ContainsAny(gap, ",;:–—") || strings.Contains(gap, " - ") || strings.Contains(gap, "--")
}

// wordSpan is where a word is in a turn's text. Spans are scratch: they
// live while a turn is split, in a buffer from spanPool.
type wordSpan struct{ start, end int }

var spanPool = sync.Pool{New: func() any { return new([]wordSpan) }}

// tokenize returns the words of a turn (in their compared form, see
// transcript.Words) and their places in text. ASCII text is lower-cased
// without copying it: a word with no capital is a slice of text, and the few
// with capitals are lower-cased into one small buffer.
// spans is a buffer to append the spans to.
func tokenize(text string, spans []wordSpan) ([]string, []wordSpan) {
	// A word ends at a space, nearly always: the words of a turn are about
	// as many as its spaces, and the slice is kept (sentences share it).
	n := strings.Count(text, " ") + 1
	words := make([]string, 0, n)
	if cap(spans) < n {
		spans = make([]wordSpan, 0, n)
	}
	if isASCII(text) {
		var buf []byte
		var capped []int // words lower-cased into buf, by index; buf offsets follow
		for i := 0; i < len(text); {
			c := text[i]
			var start, end int
			upper := false
			if asciiWordByte[c] == 0 {
				if c != '[' && c != '(' && c != '<' {
					i++ // a space or punctuation between words
					continue
				}
				// Perhaps an annotation ("[laughs]"), which has no words:
				// transcript's own rule finds the next word.
				if start, end = transcript.NextWord(text, i); start < 0 {
					break
				}
				upper = hasUpperASCII(text[start:end])
				i = end
			} else {
				start = i
				for i < len(text) && asciiWordByte[text[i]] != 0 {
					upper = upper || asciiWordByte[text[i]] == 2
					i++
				}
				if i < len(text) && joinerASCII(text, i) {
					// An apostrophe, a hyphen, or a period or comma between
					// digits may go on with the word ("don't", "3.5"):
					// transcript's own rule decides.
					_, i = transcript.NextWord(text, start)
					upper = hasUpperASCII(text[start:i])
				}
				end = i
			}
			w := text[start:end]
			if upper {
				capped = append(capped, len(words))
				for j := 0; j < len(w); j++ {
					c := w[j]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf = append(buf, c)
				}
				w = ""
			}
			words = append(words, w)
			spans = append(spans, wordSpan{start, end})
		}
		if len(capped) > 0 {
			lowered := string(buf)
			off := 0
			for _, k := range capped {
				size := spans[k].end - spans[k].start
				words[k] = lowered[off : off+size]
				off += size
			}
		}
		return words, spans
	}
	lower := transcript.Lower(text)
	same := len(lower) == len(text)
	curly := strings.Contains(text, "’")
	transcript.WordSpans(text, func(start, end int) {
		var w string
		if same {
			w = lower[start:end]
		} else {
			// Lower-casing changed the length ("İ" is longer lower-cased):
			// offsets in text are not offsets in lower.
			w = strings.ToLower(text[start:end])
		}
		if curly && strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'")
		}
		words = append(words, w)
		spans = append(spans, wordSpan{start, end})
	})
	return words, spans
}

// terminals counts the marks in text that can end a sentence: . ? ! and …
// (strings.Count is vectorised: four passes beat one byte loop).
func terminals(text string) int {
	return strings.Count(text, ".") + strings.Count(text, "?") + strings.Count(text, "!") + strings.Count(text, "…")
}

// joinerASCII reports whether the byte after a run of letters and digits
// may join the word with what follows (see transcript.Words).
func joinerASCII(text string, i int) bool {
	switch text[i] {
	case '\'', '-':
		return true
	case '.', ',':
		return i+1 < len(text) && '0' <= text[i-1] && text[i-1] <= '9' && '0' <= text[i+1] && text[i+1] <= '9'
	}
	return false
}

func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// asciiWordByte is 1 for the ASCII bytes that are word characters (see
// transcript.Words) and 2 for the capitals among them.
var asciiWordByte = func() (t [256]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = 1
		case 'A' <= c && c <= 'Z':
			t[c] = 2
		}
	}
	return t
}()

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// segmentTurn is segmentText for a turn made of utterances that must not
// share a sentence: breaks are the byte offsets in text where an utterance
// starts (a plain-text line whose speaker label restates the speaker of the
// line before). Each utterance is segmented on its own; the turn is
// unpunctuated when every utterance is.
func segmentTurn(text string, breaks []int) (sents []transcript.Sentence, unpunctuated bool) {
	if len(breaks) == 0 {
		return segmentText(text)
	}
	unpunctuated = true
	from := 0
	for k := 0; k <= len(breaks); k++ {
		to := len(text)
		if k < len(breaks) {
			to = breaks[k]
		}
		if to <= from {
			continue
		}
		piece, unp := segmentText(text[from:to])
		for _, s := range piece {
			s.Offset += from
			sents = append(sents, s)
		}
		unpunctuated = unpunctuated && unp
		from = to
	}
	return sents, unpunctuated
}

// singleSentence reports whether text can only be one sentence: all its
// sentence-ending punctuation is at its end (before closing quotes and
// brackets), where a splitter has nothing to split.
func singleSentence(text string) bool {
	t := english.TrimClosers(text)
	for {
		switch {
		case strings.HasSuffix(t, "."), strings.HasSuffix(t, "?"), strings.HasSuffix(t, "!"):
			t = t[:len(t)-1]
		case strings.HasSuffix(t, "…"):
			t = t[:len(t)-len("…")]
		default:
			return !english.HasTerminal(t)
		}
	}
}

// cutAfterTerminal returns a cut point in text[from:limit], just after the
// last sentence-ending punctuation followed by a space, or at the last space,
// or at limit (on a rune boundary) when there is neither.
func cutAfterTerminal(text string, from, limit int) int {
	window := text[from:limit]
	for i := len(window) - 2; i > len(window)/2; i-- {
		if (window[i] == '.' || window[i] == '?' || window[i] == '!') && window[i+1] == ' ' {
			return from + i + 1
		}
	}
	if i := strings.LastIndexByte(window, ' '); i > 0 {
		return from + i
	}
	for limit > from && limit < len(text) && text[limit]&0xC0 == 0x80 {
		limit--
	}
	return limit
}

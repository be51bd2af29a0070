package analyze

import (
	"strings"
	"sync"

	prose "github.com/jdkato/prose/v3/segment"
)

// This is the only file that knows about prose.
//
// prose/v3's segmenter is used rather than v2's: v2 rebuilds its 3.4 MB
// Punkt model for every document (about 16 ms each), v3 loads it once per
// process, is safe for concurrent use, gives the same sentences and reports
// their byte offsets.

var segmenter = sync.OnceValue(func() *prose.Segmenter {
	s, err := prose.New()
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
	// proseChunk bounds the text handed to prose at once: its tokenizer
	// holds every token of its input, so a huge turn is fed in pieces cut
	// after sentence-ending punctuation.
	proseChunk = 16 << 10
	// maxSentenceWords is the longest sentence kept whole; longer ones
	// (unpunctuated ASR, run-on speech) are cut by the fallback chunker.
	maxSentenceWords = 40
	// chunkWords is the word cap of a fallback chunk.
	chunkWords = 25
	// minChunkWords is the fewest words a fallback chunk has before the
	// chunker will cut at a discourse marker or question opener.
	minChunkWords = 3
)

// unpunctuatedTurnWords is how many words a turn without any
// sentence-ending punctuation needs before it is marked unpunctuated: a
// short "sounds good" is just a short turn.
const unpunctuatedTurnWords = 6

// segmentText splits one turn's text into sentences (Text, Offset, Words,
// Unpunctuated; Line and Start are the caller's) and reports whether the
// text was unpunctuated: no sentence-ending punctuation at all, and long
// enough that it should have had some.
func segmentText(text string) (sents []Sentence, unpunctuated bool) {
	lower := lowerText(text)
	if !hasTerminal(text) {
		sents = chunk(nil, text, lower, 0, len(text))
		words := 0
		for _, s := range sents {
			words += len(s.Words)
		}
		return sents, words > unpunctuatedTurnWords
	}
	// The turn's words are found once; each sentence takes its share.
	words, spans := tokenize(text, lower)
	if singleSentence(text) {
		// Most turns are one sentence with its punctuation at the end:
		// prose could only return the whole text, so it is not asked.
		start := leadingSpace(text)
		s := text[start : len(text)-trailingSpace(text)]
		if len(words) > maxSentenceWords {
			return chunk(nil, text, lower, start, start+len(s)), false
		}
		return []Sentence{{Text: s, Offset: start, Words: words[:len(words):len(words)], Unpunctuated: !endsTerminal(s)}}, false
	}
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
			if w-first > maxSentenceWords {
				sents = chunk(sents, text, lower, start, stop)
				continue
			}
			sents = append(sents, Sentence{Text: s.Text, Offset: start, Words: words[first:w:w], Unpunctuated: !endsTerminal(s.Text)})
		}
		base = end
	}
	return sents, false
}

// wordSpan is where a word is in a turn's text.
type wordSpan struct{ start, end int }

// tokenize returns the words of a turn (in their compared form, see
// Words) and their places in text. lower is lowerText(text).
func tokenize(text, lower string) ([]string, []wordSpan) {
	n := len(text)/4 + 1 // speech has a word every five or six bytes
	words, spans := make([]string, 0, n), make([]wordSpan, 0, n)
	same := len(lower) == len(text)
	curly := strings.Contains(text, "’")
	wordSpans(text, func(start, end int) {
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

// chunk is the fallback for text without sentence punctuation (most ASR
// output without a punctuation model) and for run-on sentences. It cuts
// before a discourse marker that opens a clause ("so we...", "okay what..."),
// before a question opener ("do you...", "what's your...", "how are..."),
// and after chunkWords words. Chunks are marked Unpunctuated, except a last
// chunk that ends in punctuation.
func chunk(dst []Sentence, text, lower string, start, stop int) []Sentence {
	type span struct{ start, end int }
	var spans []span
	var words []string
	wordSpans(text[start:stop], func(a, b int) {
		spans = append(spans, span{start + a, start + b})
		var w string
		if len(lower) == len(text) {
			w = lower[start+a : start+b]
		} else {
			w = strings.ToLower(text[start+a : start+b])
		}
		words = append(words, strings.ReplaceAll(w, "’", "'"))
	})
	if len(words) == 0 {
		s := strings.TrimSpace(text[start:stop])
		if s == "" {
			return dst
		}
		off := start + strings.Index(text[start:stop], s)
		return append(dst, Sentence{Text: s, Offset: off, Unpunctuated: !endsTerminal(s)})
	}
	from := 0
	emit := func(to int) {
		a := spans[from].start
		if from == 0 {
			a = start + leadingSpace(text[start:stop])
		}
		b := spans[to-1].end
		if to == len(words) {
			b = stop - trailingSpace(text[start:stop])
		}
		s := text[a:b]
		dst = append(dst, Sentence{Text: s, Offset: a, Words: words[from:to:to], Unpunctuated: !endsTerminal(s)})
		from = to
	}
	for i := 1; i < len(words); i++ {
		n := i - from
		if n >= chunkWords || n >= minChunkWords && opensChunk(words, i) {
			emit(i)
		}
	}
	emit(len(words))
	return dst
}

func leadingSpace(s string) int  { return len(s) - len(strings.TrimLeft(s, " \t\n")) }
func trailingSpace(s string) int { return len(s) - len(strings.TrimRight(s, " \t\n")) }

// opensChunk reports whether words[i] starts a new clause in unpunctuated
// speech.
func opensChunk(words []string, i int) bool {
	w := words[i]
	next := ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	prev := words[i-1]
	switch {
	case discourseMarkers[w]:
		return clauseStarts[next] || auxiliaries[next] || whWords[next]
	case conjunctions[w]:
		// "and do you...", "but what is..." : cut before the conjunction.
		return i+2 < len(words) && questionOpensAt(words, i+1) && !whWords[prev]
	case questionOpensAt(words, i):
		return !conjunctions[prev] && !whWords[prev] && !complementTakers[prev]
	}
	return false
}

// questionOpensAt reports whether a question starts at words[i]: an
// auxiliary followed by a subject ("do you", "is it", "can we") or a
// question word followed by an auxiliary ("what is", "how do", "what's").
func questionOpensAt(words []string, i int) bool {
	w := words[i]
	next := ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	switch {
	case auxiliaries[w]:
		return subjects[next]
	case whWords[w]:
		return auxiliaries[next]
	case whContractions[w]:
		return true
	}
	return false
}

var (
	discourseMarkers = setOf("so", "okay", "ok", "alright", "anyway", "anyways")
	conjunctions     = setOf("and", "but", "or", "so")
	whWords          = setOf("what", "how", "why", "when", "where", "who", "which", "whose")
	whContractions   = setOf("what's", "how's", "where's", "who's", "why's", "when's", "what're", "how're", "where're", "who're")
	auxiliaries      = setOf("do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should", "shall", "have", "has", "had", "may", "might", "must", "am",
		"don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't")
	subjects = setOf("i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "your", "y'all", "anyone", "anybody", "someone", "somebody", "everyone", "everybody")
	// clauseStarts are words that begin a clause after a discourse marker.
	clauseStarts = setOf("i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "the", "let's", "i'm", "you're", "we're", "they're", "it's", "that's", "there's",
		"i'll", "we'll", "you'll", "i've", "we've", "you've", "um", "uh", "if", "now", "just", "my", "our", "your")
	// complementTakers are words after which a question word usually starts
	// an embedded clause, not a question ("I know what you mean").
	complementTakers = setOf("know", "see", "wonder", "wondering", "about", "understand", "tell", "ask", "asked", "asking", "explain", "show", "sure", "remember", "decide", "figure", "out", "matter", "care", "mean", "on", "is", "that's", "exactly", "like", "of", "guess", "idea", "learn", "discuss", "depends")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// singleSentence reports whether text can only be one sentence: all its
// sentence-ending punctuation is at its end (before closing quotes and
// brackets), where a splitter has nothing to split.
func singleSentence(text string) bool {
	t := strings.TrimRight(text, " \t\n\"'”’)]")
	for {
		switch {
		case strings.HasSuffix(t, "."), strings.HasSuffix(t, "?"), strings.HasSuffix(t, "!"):
			t = t[:len(t)-1]
		case strings.HasSuffix(t, "…"):
			t = t[:len(t)-len("…")]
		default:
			return !hasTerminal(t)
		}
	}
}

// hasTerminal reports whether s has any sentence-ending punctuation.
func hasTerminal(s string) bool {
	// An ASCII set keeps ContainsAny on its fast path; "…" is looked for
	// on its own.
	return strings.ContainsAny(s, ".?!") || strings.Contains(s, "…")
}

// endsTerminal reports whether s ends in sentence-ending punctuation,
// possibly followed by closing quotes or brackets.
func endsTerminal(s string) bool {
	s = strings.TrimRight(s, " \t\n\"'”’)]")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '?', '!':
		return true
	}
	return strings.HasSuffix(s, "…")
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

// Package lex holds the small word-level helpers the negotiation analyzers
// (negotiation, refusals, relationship, payoff) share: ASR text written
// without apostrophes made comparable with phrase lists ("dont", "ill",
// "thats"), questions told from their punctuation or their first words, and
// the turns before and after a sentence.
package lex

import (
	"strings"
	"unicode/utf8"

	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/internal/wordset"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// contractions maps ASR spellings without an apostrophe to the written
// form. Only spellings that are not also ordinary words are listed:
// "were", "well", "its", "id", "hell" and "shed" stay as they are.
var contractions = map[string]string{
	"im": "i'm", "ive": "i've", "ill": "i'll", "youre": "you're", "youve": "you've", "youll": "you'll", "youd": "you'd",
	"weve": "we've", "theyre": "they're", "theyve": "they've", "theyll": "they'll", "thats": "that's", "theres": "there's",
	"whats": "what's", "hows": "how's", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't",
	"wont": "won't", "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't", "isnt": "isn't",
	"arent": "aren't", "wasnt": "wasn't", "havent": "haven't", "hasnt": "hasn't", "lets": "let's", "itll": "it'll",
	"thatll": "that'll", "shouldve": "should've", "wouldve": "would've", "couldve": "could've", "yall": "y'all",
	"itd": "it'd", "thatd": "that'd", "ok": "okay", "nows": "now's", "heres": "here's", "wheres": "where's",
}

// contracted is contractions as an index: no hashing on the rewriting path.
var contracted = wordset.New(contractions)

// special are the words that make a sentence not plain: the ASR
// contractions Words writes out and the fillers it drops, as one set: one
// lookup a word on the common path.
var special = func() english.Set {
	all := make([]string, 0, len(contractions)+english.FillerWords.Len())
	for k := range contractions {
		all = append(all, k)
	}
	english.FillerWords.Words(func(w string) { all = append(all, w) })
	return english.SetOf(all...)
}()

// Special is special as a phrase list, each word a one-word phrase: a
// detector adds it to its phrase.Group, and Reader.Scan learns from the
// one scan whether a sentence is plain.
var Special = func() *phrase.Matcher {
	var words []string
	special.Words(func(w string) { words = append(words, w) })
	return phrase.MustCompile("lex special", words)
}()

// Words returns a sentence's words ready for the phrase lists: ASR
// contractions written out ("dont" → "don't"), fillers dropped, and
// restarts collapsed ("the the", "if you if you" once), with commas[i]
// true when a comma, semicolon or dash comes before word i (a comma before
// a dropped word moves to the next word kept).
func Words(s *transcript.Sentence) (words []string, commas []bool) {
	if plain(s.Words) {
		commas = make([]bool, len(s.Words))
		for i := 1; i < len(s.Words) && i < len(s.Marks); i++ {
			commas[i] = s.Marks.Comma(i)
		}
		return s.Words, commas
	}
	words, commas, _ = rewrite(s, make([]string, 0, len(s.Words)), make([]bool, 0, len(s.Words)), nil, false)
	return words, commas
}

// WordsOf is Words without the commas. For most sentences, which need no
// rewriting, it is s.Words itself and allocates nothing; callers must not
// modify the words.
func WordsOf(s *transcript.Sentence) []string {
	if plain(s.Words) {
		return s.Words
	}
	var r Reader
	return r.Words(s)
}

// A Reader reads sentences' words as WordsOf does, into one buffer it
// keeps: the words it returns are good until its next call. The zero
// Reader is ready to use.
type Reader struct {
	words  []string
	commas []bool
	starts []uint64 // Scan's
}

// Words is WordsOf(s), without allocating once the buffer has grown;
// callers must not modify the words.
func (r *Reader) Words(s *transcript.Sentence) []string {
	if plain(s.Words) {
		return s.Words
	}
	r.words, r.commas, _ = rewrite(s, r.words, r.commas, nil, false)
	return r.words
}

// Scan is Words(s) scanned with g (see phrase.Group.Scan), g's list k
// being Special: for a plain sentence, the one scan of its words both
// tells that it is plain and is the scan. It returns the words, the lists
// that may start at each (good, like the words, until the next call) and
// the lists that may start anywhere, bit k aside.
func (r *Reader) Scan(s *transcript.Sentence, g *phrase.Group, k int) (words []string, starts []uint64, any uint64) {
	words = s.Words
	if cap(r.starts) < len(words) {
		r.starts = make([]uint64, len(words), 2*len(words))
	}
	starts = r.starts[:len(words)]
	any = g.Scan(words, starts)
	if any&(1<<k) == 0 && !repeats(words) {
		return words, starts, any // plain: no word of special, none repeated
	}
	r.words, r.commas, _ = rewrite(s, r.words, r.commas, nil, false)
	words, starts = r.words, starts[:len(r.words)]
	return words, starts, g.Scan(words, starts) &^ (1 << k)
}

// WordsCaps is Words with caps[i] true when word i starts with a capital
// letter in the text and is not the sentence's first: part of a name
// ("Ratewell Payments").
func WordsCaps(s *transcript.Sentence) (words []string, commas, caps []bool) {
	if plain(s.Words) {
		// Most sentences: nothing to write out, drop or collapse.
		flags := make([]bool, 2*len(s.Words)) // one allocation for both
		commas, caps = flags[:len(s.Words)], flags[len(s.Words):]
		for i, w := range s.Words {
			if i > 0 && i < len(s.Marks) {
				commas[i] = s.Marks.Comma(i)
				caps[i] = s.Marks.Capped(i) && w != "i" && !strings.HasPrefix(w, "i'")
			}
		}
		return s.Words, commas, caps
	}
	flags := make([]bool, 2*len(s.Words)) // one allocation for both
	return rewrite(s, make([]string, 0, len(s.Words)), flags[:0:len(s.Words)], flags[len(s.Words):len(s.Words)], true)
}

// rewrite is WordsCaps for a sentence that is not plain, appending to
// words[:0], commas[:0] and, withCaps, caps[:0].
func rewrite(s *transcript.Sentence, words []string, commas, caps []bool, withCaps bool) ([]string, []bool, []bool) {
	words, commas, caps = words[:0], commas[:0], caps[:0]
	comma := false
	for i, w := range s.Words {
		if i < len(s.Marks) && s.Marks.Comma(i) {
			comma = true
		}
		if c, ok := contracted.Get(w); ok {
			w = c
		}
		if english.FillerWords.Has(w) || len(words) > 0 && w == words[len(words)-1] && !comma {
			continue
		}
		words = append(words, w)
		commas = append(commas, comma && len(words) > 1) // never before the first word kept
		if withCaps {
			caps = append(caps, i > 0 && i < len(s.Marks) && s.Marks.Capped(i) && w != "i" && !strings.HasPrefix(w, "i'"))
		}
		comma = false
		// A two-word restart: "if you if you can" → "if you can".
		if k := len(words); k >= 4 && words[k-1] == words[k-3] && words[k-2] == words[k-4] && !commas[k-2] {
			words, commas = words[:k-2], commas[:k-2]
			if withCaps {
				caps = caps[:k-2]
			}
		}
	}
	return words, commas, caps
}

// plain reports whether words need no rewriting: no ASR contraction, no
// filler, no word said twice in a row, no two-word restart ("if you if
// you").
func plain(words []string) bool {
	for i, w := range words {
		if special.Has(w) || i > 0 && w == words[i-1] || i >= 3 && w == words[i-2] && words[i-1] == words[i-3] {
			return false
		}
	}
	return true
}

// repeats reports a word said twice in a row or a two-word restart: plain
// without the lookups.
func repeats(words []string) bool {
	for i := 1; i < len(words); i++ {
		if same(words[i], words[i-1]) || i >= 3 && same(words[i], words[i-2]) && same(words[i-1], words[i-3]) {
			return true
		}
	}
	return false
}

// same is a == b, most often told by the length or the first byte.
func same(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || a[0] == b[0] && a == b)
}

// lead are words that may come before a question's first word: "and",
// "so", "okay", "well", "sure".
var lead = english.SetOf("and", "but", "or", "so", "okay", "ok", "alright", "well", "sure", "yeah", "right", "then", "now", "oh", "great", "understood", "also")

// IsQuestion reports whether a sentence asks something: it ends in "?", or,
// without final punctuation, it opens (after a few lead words) with a
// question word or an auxiliary before its subject.
func IsQuestion(s *transcript.Sentence, words []string) bool {
	if endsInQuestionMark(s.Text) {
		return true
	}
	if !s.Unpunctuated {
		return false
	}
	i := 0
	for i < len(words) && i < 3 && lead.Has(words[i]) {
		i++
	}
	if i < len(words) {
		if _, ok := english.QuestionOpensAt(words, i); ok {
			return true
		}
	}
	return false
}

// endsInQuestionMark reports whether text ends in "?", before any closing
// quotes, brackets and spaces: strings.TrimRight(text, " \"')”’") ends in
// "?", without the cutset's slow path.
func endsInQuestionMark(text string) bool {
	for len(text) > 0 {
		r, size := utf8.DecodeLastRuneInString(text)
		switch r {
		case ' ', '"', '\'', ')', '”', '’':
			text = text[:len(text)-size]
			continue
		}
		return r == '?'
	}
	return false
}

// Index finds the first occurrence of word in words at or after from, or -1.
func Index(words []string, from int, word ...string) int {
	for i := from; i < len(words); i++ {
		for _, w := range word {
			if words[i] == w {
				return i
			}
		}
	}
	return -1
}

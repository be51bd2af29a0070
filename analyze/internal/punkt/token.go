package punkt

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The predicates below are prose's and neurosnap's regular expressions and
// suffix lists written as byte loops. Each names what it stands for; the
// regular expressions use RE2's ASCII classes (\d, \w, \s), so ASCII tests
// are exact.

// hasSentEndChars is prose's wordTokenizer.HasSentEndChars: the token ends
// in sentence punctuation, maybe closed by a quote or a bracket (unless it
// holds "Yahoo!"), or has such punctuation before an opening bracket.
// inner reports punctuation before the last byte, without which there can
// be no bracket after it.
func hasSentEndChars(tok string, inner bool) bool {
	if endsSentence(tok) && (len(tok) < len("Yahoo!") || !strings.Contains(tok, "Yahoo!")) {
		return true
	}
	if !inner {
		return false
	}
	// `.[`, `.(`, `."`, `?[`, `?(`, `![`, `!(`
	for i := 0; i+1 < len(tok); i++ {
		switch tok[i] {
		case '.':
			if c := tok[i+1]; c == '[' || c == '(' || c == '"' {
				return true
			}
		case '?', '!':
			if c := tok[i+1]; c == '[' || c == '(' {
				return true
			}
		}
	}
	return false
}

// endsSentence reports prose's enders: `."`, `.)`, `.’`, `.”`, `?`, `?"`,
// `?'`, `?)`, `?’`, `?”`, `!`, `!"`, `!'`, `!)`, `!’`, `!”`. (Not `.'`:
// prose dropped it from neurosnap's list.)
func endsSentence(tok string) bool {
	n := len(tok)
	if n == 0 {
		return false
	}
	switch tok[n-1] {
	case '?', '!':
		return true
	case '"', ')':
		return n >= 2 && isTerminal(tok[n-2])
	case '\'':
		return n >= 2 && (tok[n-2] == '?' || tok[n-2] == '!')
	case 0x99, 0x9D: // the last bytes of ’ and ”
		return n >= 4 && (strings.HasSuffix(tok, "’") || strings.HasSuffix(tok, "”")) && isTerminal(tok[n-4])
	}
	return false
}

func isTerminal(c byte) bool { return c == '.' || c == '?' || c == '!' }

// looksInternal is prose's looksInternal: the token ends in a closing
// bracket or quote, after which a sentence may go on.
func looksInternal(tok string) bool {
	n := len(tok)
	if n == 0 {
		return false
	}
	switch tok[n-1] {
	case ')', '"', '\'':
		return true
	case 0x99, 0x9D:
		return strings.HasSuffix(tok, "’") || strings.HasSuffix(tok, "”")
	}
	return false
}

// hasAbbrDots reports a match of prose's reAbbr, `((?:[\w]\.)+[\w]*\.)`:
// a word byte and a period, then word bytes and a period ("U.S.", "e.g.",
// "3.5."). A match with more repetitions starts with one of one
// repetition, so that is all that is looked for. The scans after each
// candidate do not overlap: the text is read about once.
func hasAbbrDots(tok string) bool {
	for i := 0; i+2 < len(tok); i++ {
		if tok[i+1] != '.' || !isWordByte(tok[i]) {
			continue
		}
		j := i + 2
		for j < len(tok) && isWordByte(tok[j]) {
			j++
		}
		if j < len(tok) && tok[j] == '.' {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// hasDots reports whether tok has n periods in a row.
func hasDots(tok string, n int) bool {
	run := 0
	for i := 0; i < len(tok); i++ {
		if tok[i] != '.' {
			run = 0
		} else if run++; run == n {
			return true
		}
	}
	return false
}

// isInitial is neurosnap's `^[A-Za-z]\.$`.
func isInitial(tok string) bool {
	return len(tok) == 2 && tok[1] == '.' && (tok[0]|0x20 >= 'a' && tok[0]|0x20 <= 'z')
}

// firstUpper and firstLower are neurosnap's: the case of the first rune
// (an invalid byte decodes as U+FFFD, which has none).
func firstUpper(tok string) bool {
	if tok == "" {
		return false
	}
	if c := tok[0]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

func firstLower(tok string) bool {
	if tok == "" {
		return false
	}
	if c := tok[0]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsLower(r)
}

// appendLower appends the ASCII string s lower-cased, as strings.ToLower
// would return it.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// appendType appends neurosnap's Type of tok: lower-cased, with a number
// at its end (`-?[\.,]?\d[\d,\.-]*\.?$`) replaced by "##number##", and,
// unless that leaves a single byte, without commas. ascii reports whether
// tok is all ASCII.
func appendType(dst []byte, tok string, ascii bool) []byte {
	base := len(dst)
	if ascii {
		dst = appendLower(dst, tok)
	} else {
		// Unicode lower-casing may change lengths, and even turn a rune
		// into ASCII (the Kelvin sign into "k"): do exactly what prose does.
		dst = append(dst, strings.ToLower(tok)...)
	}
	t := dst[base:]
	// Every byte of a number match is in [0-9,.-], so the match lies in
	// the longest such suffix, t[q:]. The regexp takes the leftmost start
	// that matches: the first digit, moved back over a '-', a [.,] or
	// both in that order, while they are in the suffix.
	q := len(t)
	for q > 0 && isNumberByte(t[q-1]) {
		q--
	}
	d := q
	for d < len(t) && (t[d] < '0' || t[d] > '9') {
		d++
	}
	if d < len(t) {
		p := d
		if p > q && (t[p-1] == '.' || t[p-1] == ',') {
			p--
			if p > q && t[p-1] == '-' {
				p--
			}
		} else if p > q && t[p-1] == '-' {
			p--
		}
		dst = append(dst[:base+p], "##number##"...)
	}
	if len(dst)-base == 1 {
		return dst
	}
	w := base
	for r := base; r < len(dst); r++ {
		if dst[r] != ',' {
			dst[w] = dst[r]
			w++
		}
	}
	return dst[:w]
}

func isNumberByte(c byte) bool { return c >= '0' && c <= '9' || c == ',' || c == '.' || c == '-' }

// typeNoPeriod is neurosnap's TypeNoPeriod on a type: without its final
// period, unless that is all there is.
func typeNoPeriod(typ []byte) []byte {
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

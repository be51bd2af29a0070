package read

import (
	"strconv"
	"strings"
)

// A light scanner over JSON text that encoding/json has already accepted.
// It does not decode anything: it only finds where things are, so that
// segments and error messages can carry the line of the object they come
// from. encoding/json's Unmarshal keeps no positions; scanning again is
// cheaper than decoding with a json.Decoder token by token, and it is only
// needed for files that have more than one line (vendor JSON is usually a
// single line, where every element is on line 1).

// elementLines returns the 1-based line where each element of the arrays
// at path starts, in document order. A path step is an object key, "*" for
// every element of an array or a decimal index for one element; the last
// step must be "*". text must be valid JSON.
func elementLines(text string, path ...string) []int {
	sc := jsonScanner{s: text}
	var offsets []int
	sc.find(path, func(off int) { offsets = append(offsets, off) })
	return offsetsToLines(text, offsets)
}

// offsetsToLines turns ascending byte offsets into 1-based lines, counting
// newlines only once over the whole text.
func offsetsToLines(text string, offsets []int) []int {
	lines := make([]int, len(offsets))
	line, prev := 1, 0
	for i, off := range offsets {
		line += strings.Count(text[prev:off], "\n")
		lines[i], prev = line, off
	}
	return lines
}

// lineAt returns the 1-based line of byte offset off in text.
func lineAt(text string, off int) int {
	off = min(max(off, 0), len(text))
	return 1 + strings.Count(text[:off], "\n")
}

type jsonScanner struct {
	s string
	i int
}

func (sc *jsonScanner) space() {
	for sc.i < len(sc.s) {
		switch sc.s[sc.i] {
		case ' ', '\t', '\n', '\r':
			sc.i++
		default:
			return
		}
	}
}

// peek returns the next byte that is not white space, or 0 at the end.
func (sc *jsonScanner) peek() byte {
	sc.space()
	if sc.i < len(sc.s) {
		return sc.s[sc.i]
	}
	return 0
}

// str skips the string that starts at sc.i and returns its raw content
// (escapes left as they are: the keys lastmile looks for have none).
func (sc *jsonScanner) str() string {
	start := sc.i + 1
	i := start
	for {
		j := strings.IndexByte(sc.s[i:], '"')
		if j < 0 {
			sc.i = len(sc.s)
			return sc.s[start:]
		}
		i += j
		// The quote is escaped when an odd number of backslashes precede it.
		k := i
		for k > start && sc.s[k-1] == '\\' {
			k--
		}
		if (i-k)%2 == 0 {
			sc.i = i + 1
			return sc.s[start:i]
		}
		i++
	}
}

// skip moves past the value that starts at sc.i (after white space).
func (sc *jsonScanner) skip() {
	sc.space()
	depth := 0
	for sc.i < len(sc.s) {
		switch sc.s[sc.i] {
		case '"':
			sc.str()
			if depth == 0 {
				return
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return // the end of the container holding a scalar
			}
			depth--
			if depth == 0 {
				sc.i++
				return
			}
		case ',', ' ', '\t', '\n', '\r', ':':
			if depth == 0 {
				return
			}
		}
		sc.i++
	}
}

// members calls fn for each key of the object at sc.i, with sc.i at the
// key's value; fn must consume the value or leave sc.i where it was. It
// stops early when fn returns false.
func (sc *jsonScanner) members(fn func(key string) bool) {
	if sc.peek() != '{' {
		sc.skip()
		return
	}
	sc.i++
	for {
		switch sc.peek() {
		case '"':
		case ',':
			sc.i++
			continue
		case '}':
			sc.i++
			return
		default:
			sc.i = len(sc.s) // not valid JSON: give up
			return
		}
		key := sc.str()
		if sc.peek() != ':' {
			sc.i = len(sc.s)
			return
		}
		sc.i++
		sc.space()
		at := sc.i
		if !fn(key) {
			return
		}
		if sc.i == at {
			sc.skip()
		}
	}
}

// elements is members for arrays: fn gets each element's index.
func (sc *jsonScanner) elements(fn func(i int) bool) {
	if sc.peek() != '[' {
		sc.skip()
		return
	}
	sc.i++
	for n := 0; ; {
		switch sc.peek() {
		case ',':
			sc.i++
			continue
		case ']':
			sc.i++
			return
		case 0:
			return
		}
		at := sc.i
		if !fn(n) {
			return
		}
		if sc.i == at {
			sc.skip()
		}
		n++
	}
}

// find calls found with the offset of every element the path leads to.
func (sc *jsonScanner) find(path []string, found func(off int)) {
	if len(path) == 0 {
		return
	}
	step, rest := path[0], path[1:]
	index, err := strconv.Atoi(step)
	if step != "*" && err != nil {
		sc.members(func(key string) bool {
			if key == step {
				sc.find(rest, found)
			}
			return true
		})
		return
	}
	sc.elements(func(i int) bool {
		switch {
		case step != "*" && i != index:
		case len(rest) == 0:
			found(sc.i)
		default:
			sc.find(rest, found)
		}
		return true
	})
}

// pathAt names the innermost value that holds byte offset off, as a path
// like "results.items[12].start_time" ("" for the top level), for messages
// about a value encoding/json rejected.
func pathAt(text string, off int) string {
	sc := jsonScanner{s: text}
	var b strings.Builder
	for {
		c := sc.peek()
		if c != '{' && c != '[' {
			break
		}
		found := false
		enter := func(step string) bool {
			start := sc.i
			sc.skip()
			if off >= start && off < sc.i {
				sc.i, found = start, true
				b.WriteString(step)
				return false
			}
			return true
		}
		if c == '{' {
			sc.members(func(key string) bool { return enter("." + key) })
		} else {
			sc.elements(func(i int) bool { return enter("[" + strconv.Itoa(i) + "]") })
		}
		if !found {
			break
		}
	}
	return strings.TrimPrefix(b.String(), ".")
}

package transcript

// Marks describes punctuation around a sentence's words that the
// detectors read, a bit set per word: a comma (or ; : or a dash) before
// word i, a cut-off ("do you- do you") right after it, a capital letter.
type Marks []uint8

// The marks, one bit each.
const (
	MarkComma   uint8 = 1 << iota // a comma, ; : or a dash before the word (not before a sentence's first)
	MarkCut                       // the word is broken off: "you-" before a space, "--" or the end
	MarkCapital                   // the word starts with a capital A-Z
)

// Has reports whether word i carries the mark.
func (m Marks) Has(i int, bit uint8) bool { return i >= 0 && i < len(m) && m[i]&bit != 0 }
func (m Marks) Comma(i int) bool          { return m.Has(i, MarkComma) }
func (m Marks) Cut(i int) bool            { return m.Has(i, MarkCut) }
func (m Marks) Capped(i int) bool         { return m.Has(i, MarkCapital) }

// HasCommas reports whether the text had any commas (then a tag needs one
// before it).
func (m Marks) HasCommas() bool {
	for _, b := range m {
		if b&MarkComma != 0 {
			return true
		}
	}
	return false
}

package read

import (
	"strings"
	"testing"
	"unicode"
)

// slowCollapse is appendCollapsed's rule written plainly: the fields of s,
// split at any Unicode white space, joined by one space.
func slowCollapse(s string) string { return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ") }

func TestCollapse(t *testing.T) {
	cases := []struct {
		in        string
		collapsed bool // already in the collapsed form
	}{
		{"so what does your week look like", true},
		{"we’re at 40 trucks — maybe 45", true}, // curly apostrophe, em dash: multi-byte, not space
		{"café déjà vu", true},
		{"", false},
		{" leading", false},
		{"trailing ", false},
		{"two  spaces", false},
		{"a\ttab", false},
		{"a\nnewline", false},
		{"a\r\nCRLF", false},
		{"no\u00a0break", false},   // U+00A0, lead byte C2
		{"em\u2003space", false},   // U+2003, lead byte E2
		{"ideo\u3000space", false}, // U+3000, lead byte E3
		{"ogham\u1680space", false},
		{"next\u0085line", false},
		{"\u00a0", false},
		{"¿qué? ¡sí!", true}, // C2 lead bytes that are not spaces
	}
	for _, c := range cases {
		if got := collapsed(c.in); got != c.collapsed {
			t.Errorf("collapsed(%q) = %v, want %v", c.in, got, c.collapsed)
		}
		var b strings.Builder
		appendCollapsed(&b, c.in)
		if want := slowCollapse(c.in); b.String() != want {
			t.Errorf("appendCollapsed(%q) = %q, want %q", c.in, b.String(), want)
		}
	}
}

// FuzzCollapse checks the fast test against the plain rule: a string
// collapsed reports as done must be its own collapsed form.
func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"a b", "a  b", "a\u00a0b", " x", "x\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s != strings.ToValidUTF8(s, "") { // readers decode to valid UTF-8 first
			return
		}
		var b strings.Builder
		appendCollapsed(&b, s)
		if collapsed(s) && b.String() != s {
			t.Fatalf("collapsed(%q) but appendCollapsed gives %q", s, b.String())
		}
	})
}

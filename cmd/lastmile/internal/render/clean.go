package render

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Clean makes text from a transcript or a path safe to print on a
// terminal, in a table, a CSV cell or markdown: line breaks and tabs
// become a space (a name or a cell stays on its line), and every other
// control character (C0, DEL, C1: ESC sequences, NUL, BEL...) is shown as
// a visible escape, \x1b. Invalid UTF-8 bytes are shown the same way.
// Text without any comes back as it is, without copying. JSON escapes
// these itself and HTML needs none of it.
func Clean(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isControl(r) && !(r == utf8.RuneError && n == 1) {
				i += n
				continue
			}
		}
		break
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case isControl(r):
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isControl reports the characters Clean escapes: C0 controls, DEL, C1
// controls, and the bidirectional overrides and isolates that can make a
// terminal show text in another order than it is (U+202A–U+202E,
// U+2066–U+2069).
func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// csvCell makes a text cell safe for spreadsheets: Clean, then a cell that
// begins with = + - @ (a formula to Excel, LibreOffice and Google Sheets)
// gets a leading single quote, as OWASP recommends ("CSV injection").
// Numbers lastmile writes itself are not text and are never quoted; "-"
// alone (standard input) is no formula and stays as it is.
func csvCell(s string) string {
	s = Clean(s)
	if s != "-" && s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

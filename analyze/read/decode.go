package read

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeText turns a file's bytes into text with LF line ends.
//
// The rules, documented in the README:
//   - a UTF-8 byte-order mark is dropped;
//   - UTF-16 with a byte-order mark (Windows "Unicode" exports) is decoded,
//     as is BOM-less UTF-16 that is unmistakable (a NUL in every other byte);
//   - CRLF and lone CR line ends become LF, so line numbers count as an
//     editor counts them;
//   - NUL bytes or many control characters mean binary data: an error that
//     names the line;
//   - other bytes that are not valid UTF-8 are decoded as Windows-1252 (the
//     usual encoding of such exports, and a superset of Latin-1's printable
//     characters), with a note saying so: refusing the file would lose a
//     call for the sake of a few accented letters.
func decodeText(data []byte) (text string, notes []string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		s, err := decodeUTF16(data[2:], false)
		if err != nil {
			return "", nil, err
		}
		data = []byte(s)
		notes = append(notes, "decoded from UTF-16")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := decodeUTF16(data[2:], true)
		if err != nil {
			return "", nil, err
		}
		data = []byte(s)
		notes = append(notes, "decoded from UTF-16")
	default:
		if bigEndian, ok := looksUTF16(data); ok {
			s, err := decodeUTF16(data, bigEndian)
			if err != nil {
				return "", nil, err
			}
			data = []byte(s)
			notes = append(notes, "decoded from UTF-16 (no byte-order mark)")
		}
	}
	// Line ends first, so that the lines errors name are an editor's.
	if bytes.IndexByte(data, '\r') >= 0 {
		data = normalizeNewlines(data)
	}
	if line, ok := binaryLine(data); ok {
		return "", nil, &lineError{Line: line, Msg: "binary data, not a transcript"}
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalidUTF8(data)], []byte{'\n'})
		data = []byte(decodeWindows1252(data))
		notes = append(notes, fmt.Sprintf("not valid UTF-8 (first at line %d): read as Windows-1252", line))
	}
	return string(data), notes, nil
}

// lineError is an error at a line of the input; Read adds the file name.
type lineError struct {
	Line int
	Msg  string
}

func (e *lineError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

func errAt(line int, format string, args ...any) error {
	return &lineError{Line: line, Msg: fmt.Sprintf(format, args...)}
}

func decodeUTF16(b []byte, bigEndian bool) (string, error) {
	if len(b)%2 != 0 {
		return "", &lineError{Msg: "UTF-16 text with an odd number of bytes (truncated file?)"}
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u)), nil
}

// looksUTF16 spots BOM-less UTF-16 text: in the first bytes, nearly every
// other byte is NUL and the rest are not.
func looksUTF16(b []byte) (bigEndian, ok bool) {
	n := min(len(b), 512) &^ 1
	if n < 8 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*9 && even*10 < pairs:
		return false, true
	case even*10 >= pairs*9 && odd*10 < pairs:
		return true, true
	}
	return false, false
}

// binaryLine reports the line of the first sign of binary data: a NUL byte,
// or a first 8 KiB where more than one byte in ten is a control character
// that text does not use.
func binaryLine(b []byte) (int, bool) {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return 1 + bytes.Count(b[:i], []byte{'\n'}), true
	}
	head := b[:min(len(b), 8192)]
	control, first := 0, -1
	for i, c := range head {
		if c < 0x20 && c != '\n' && c != '\t' && c != '\f' && c != 0x1b {
			control++
			if first < 0 {
				first = i
			}
		}
	}
	if len(head) > 0 && control*10 > len(head) {
		return 1 + bytes.Count(head[:first], []byte{'\n'}), true
	}
	return 0, false
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// windows1252 maps the bytes 0x80-0x9F, where Windows-1252 differs from
// Latin-1; 0 marks the five bytes it leaves undefined (kept as U+FFFD).
var windows1252 = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// decodeWindows1252 keeps valid UTF-8 sequences as they are and reads every
// other byte as Windows-1252, so a file mixing both (a common result of
// copy and paste) loses nothing.
func decodeWindows1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			sb.Write(b[i : i+size])
			i += size
			continue
		}
		c := b[i]
		switch {
		case c >= 0x80 && c < 0xA0:
			if w := windows1252[c-0x80]; w != 0 {
				sb.WriteRune(w)
			} else {
				sb.WriteRune(utf8.RuneError)
			}
		default:
			sb.WriteRune(rune(c))
		}
		i++
	}
	return sb.String()
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\r' {
			out = append(out, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

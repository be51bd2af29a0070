package read

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var b []byte
	if bom {
		if bigEndian {
			b = append(b, 0xFE, 0xFF)
		} else {
			b = append(b, 0xFF, 0xFE)
		}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string
		note    string // substring of a note, "" for none
		errLine int    // >0: want a lineError at this line
	}{
		{"plain", []byte("Rep: hi\nCustomer: yo\n"), "Rep: hi\nCustomer: yo\n", "", 0},
		{"BOM dropped", []byte("\xEF\xBB\xBFRep: hi"), "Rep: hi", "", 0},
		{"CRLF", []byte("a\r\nb\r\n"), "a\nb\n", "", 0},
		{"CR only", []byte("a\rb\r"), "a\nb\n", "", 0},
		{"UTF-16LE with BOM", utf16Bytes("Rep: café\r\n", false, true), "Rep: café\n", "UTF-16", 0},
		{"UTF-16BE with BOM", utf16Bytes("Rep: naïve", true, true), "Rep: naïve", "UTF-16", 0},
		{"UTF-16LE without BOM", utf16Bytes("Rep: hello there, how are you", false, false), "Rep: hello there, how are you", "no byte-order mark", 0},
		{"Windows-1252 smart quotes", []byte("Rep: \x93hi\x94 it\x92s me\n"), "Rep: “hi” it’s me\n", "Windows-1252", 0},
		{"Latin-1 letters", []byte("Rep: caf\xe9"), "Rep: café", "Windows-1252", 0},
		{"mixed UTF-8 and 1252 keeps the UTF-8", []byte("Rep: café \x96 ok"), "Rep: café – ok", "first at line 1", 0},
		{"NUL is binary", []byte("Rep: hi\nok\x00"), "", "", 2},
		{"NUL after CR-only lines", []byte("a\rb\rc\rd\x00"), "", "", 4},
		{"invalid UTF-8 after CR-only lines", []byte("a\rb\rcaf\xe9"), "a\nb\ncafé", "first at line 3", 0},
		{"control characters are binary", []byte(strings.Repeat("\x01\x02\x03ab", 30)), "", "", 1},
		{"odd UTF-16", []byte{0xFF, 0xFE, 'a'}, "", "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notes, err := decodeText(tt.in)
			if tt.errLine != 0 {
				var le *lineError
				if !errors.As(err, &le) {
					t.Fatalf("err = %v, want a lineError", err)
				}
				if tt.errLine > 0 && le.Line != tt.errLine {
					t.Errorf("error at line %d, want %d (%v)", le.Line, tt.errLine, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			joined := strings.Join(notes, "; ")
			if tt.note == "" && joined != "" || !strings.Contains(joined, tt.note) {
				t.Errorf("notes %q, want %q", joined, tt.note)
			}
		})
	}
}

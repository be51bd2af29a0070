package render

import "testing"

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"Dana Whitfield":         "Dana Whitfield",
		"naïve – ok ☃":           "naïve – ok ☃",
		"\x1b[2J\x1b[31mred":     `\x1b[2J\x1b[31mred`,
		"a\x00b\x07c\x7f":        `a\x00b\x07c\x7f`,
		"two\nlines\r\nand\ttab": "two lines  and tab",
		"c1 \u009b31m":           `c1 \x9b31m`,
		"bidi \u202eevil\u2066":  `bidi \u202eevil\u2066`,
		"bad utf8 \xff!":         `bad utf8 \xff!`,
		"":                       "",
	} {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSVCellNeutralisesFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1+2":                     "'+1+2",
		"-2+3":                     "'-2+3",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\t=1+1":                   " =1+1", // a tab is made a space: no longer a formula
		"\r=1+1":                   " =1+1",
		"-":                        "-", // standard input
		"calls/a.vtt":              "calls/a.vtt",
		"Dana = seller":            "Dana = seller",
		"\x1b=":                    `\x1b=`,
	} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}

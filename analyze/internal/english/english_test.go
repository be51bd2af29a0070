package english

import (
	"strings"
	"testing"
)

func TestPunctuation(t *testing.T) {
	cases := []struct {
		in        string
		trimmed   string
		has, ends bool
	}{
		{"Is that right?", "Is that right?", true, true},
		{`He said "no."`, `He said "no.`, true, true},
		{"(It works.)  ", "(It works.", true, true},
		{"We’re set.’", "We’re set.", true, true},
		{"Well…", "Well…", true, true},
		{"so we could", "so we could", false, false},
		{"version 2.5 of it", "version 2.5 of it", true, false},
		{"", "", false, false},
		{`"`, "", false, false},
	}
	for _, c := range cases {
		if got := TrimClosers(c.in); got != c.trimmed {
			t.Errorf("TrimClosers(%q) = %q, want %q", c.in, got, c.trimmed)
		}
		if got := HasTerminal(c.in); got != c.has {
			t.Errorf("HasTerminal(%q) = %v, want %v", c.in, got, c.has)
		}
		if got := EndsTerminal(c.in); got != c.ends {
			t.Errorf("EndsTerminal(%q) = %v, want %v", c.in, got, c.ends)
		}
	}
}

func TestAgrees(t *testing.T) {
	cases := []struct {
		aux, subj string
		want      bool
	}{
		{"do", "you", true},
		{"does", "it", true},
		{"does", "they", false},
		{"is", "you", false},
		{"is", "i", false},
		{"am", "i", true},
		{"am", "you", false},
		{"are", "we", true},
		{"was", "he", true},
		{"can", "anyone", true},
	}
	for _, c := range cases {
		if got := Agrees(c.aux, c.subj); got != c.want {
			t.Errorf("Agrees(%q, %q) = %v, want %v", c.aux, c.subj, got, c.want)
		}
	}
}

func TestInverts(t *testing.T) {
	cases := []struct {
		words string
		want  bool
	}{
		{"how do you handle it", true},
		{"what are the options", true},
		{"what i do is call", false},
		{"why don't know", false},
	}
	for _, c := range cases {
		if got := Inverts(strings.Fields(c.words), 0); got != c.want {
			t.Errorf("Inverts(%q, 0) = %v, want %v", c.words, got, c.want)
		}
	}
}

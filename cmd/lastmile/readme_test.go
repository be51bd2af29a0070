package main

import (
	"os"
	"strings"
	"testing"
)

// TestREADMESample keeps the sample output in README.md equal to what the
// README's main command prints today. go test -update rewrites it.
func TestREADMESample(t *testing.T) {
	const begin, end = "<!-- sample:begin -->\n", "<!-- sample:end -->"
	t.Chdir("../..")
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the markers %q ... %q", begin, end)
	}
	code, batch, stderr := runCLI(t, "score", "testdata/calls")
	if code != 0 {
		t.Fatalf("score testdata/calls: exit %d\n%s", code, stderr)
	}
	code, one, stderr := runCLI(t, "score", "testdata/calls/06-stackbill-ap-follow-up.srt")
	if code != 0 {
		t.Fatalf("score one call: exit %d\n%s", code, stderr)
	}
	block := "`go run ./cmd/lastmile score testdata/calls` prints a row per call, then a roll-up per seller\n" +
		"(each cell: the median per call, and in brackets the calls on target of those measured):\n\n" +
		"```\n" + strings.TrimRight(batch, "\n") + "\n```\n\n" +
		"**A worked example.** One file gets its full scorecard — each metric with its value, target,\n" +
		"status and detail, then the evidence (`go run ./cmd/lastmile score\n" +
		"testdata/calls/06-stackbill-ap-follow-up.srt`): a polite follow-up call that books the next\n" +
		"meeting, but asks only closed questions and talks over the customer once.\n\n" +
		"```\n" + strings.TrimRight(one, "\n") + "\n```\n\n" +
		"`lastmile inspect` then shows every sentence with its tags, and `--html report.html` writes the\n" +
		"report pictured [below](#the-html-report).\n"
	if readme[i+len(begin):j] == block {
		return
	}
	if !*update {
		t.Fatal("README.md's sample output is out of date: run go test ./cmd/lastmile -update")
	}
	readme = readme[:i+len(begin)] + block + readme[j:]
	if err := os.WriteFile("README.md", []byte(readme), 0o644); err != nil {
		t.Fatal(err)
	}
}

package render

import (
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze/read"
)

// TestTurnsTablesAreBounded: a table is laid out in memory, so a
// transcript of many turns is printed as several tables of TurnsPerTable
// turns, every turn once.
func TestTurnsTablesAreBounded(t *testing.T) {
	tr, err := read.Parse("c.txt", []byte("A: one.\nB: two.\nA: three.\nB: four.\nA: five.\n"), read.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	old := TurnsPerTable
	TurnsPerTable = 2
	defer func() { TurnsPerTable = old }()
	var b strings.Builder
	if err := Turns(&b, tr); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n := strings.Count(out, "┌"); n != 3 {
		t.Errorf("%d tables for 5 turns at 2 a table, want 3:\n%s", n, out)
	}
	for _, w := range []string{"one.", "two.", "three.", "four.", "five."} {
		if strings.Count(out, w) != 1 {
			t.Errorf("%q is not shown once:\n%s", w, out)
		}
	}
}

package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/cli/*.txtar")

// TestCLI runs the cases in testdata/cli: each archive holds the command
// line (its comment: "args: ...", "exit: N", optionally "stdin: FILE"),
// the input files, and the expected "stdout" and "stderr". The command runs
// in-process in a temporary directory holding the input files. go test
// -update rewrites the expected output; review the diff before committing.
func TestCLI(t *testing.T) {
	files, err := filepath.Glob("testdata/cli/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test cases: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runCase(t, file)
		})
	}
}

func runCase(t *testing.T, file string) {
	file, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var args []string
	wantExit := 0
	stdinFile := ""
	for _, line := range strings.Split(string(ar.Comment), "\n") {
		key, val, _ := strings.Cut(strings.TrimSpace(line), ":")
		val = strings.TrimSpace(val)
		switch key {
		case "args":
			args, err = splitArgs(val)
			if err != nil {
				t.Fatal(err)
			}
		case "exit":
			wantExit, _ = strconv.Atoi(val)
		case "stdin":
			stdinFile = val
		}
	}
	dir := t.TempDir()
	want := map[string]string{}
	var inputs []byte
	for _, f := range ar.Files {
		switch f.Name {
		case "stdout", "stderr":
			want[f.Name] = string(f.Data)
			continue
		}
		p := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, unescapeData(f.Data), 0o644); err != nil {
			t.Fatal(err)
		}
		if f.Name == stdinFile {
			inputs = unescapeData(f.Data)
		}
	}
	t.Chdir(dir)
	if stdinFile != "" {
		old := stdin
		stdin = bytes.NewReader(inputs)
		defer func() { stdin = old }()
	}
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"lastmile"}, args...), &stdout, &stderr)
	if code != wantExit {
		t.Errorf("exit code %d, want %d\nstderr:\n%s", code, wantExit, stderr.String())
	}
	got := map[string]string{"stdout": stdout.String(), "stderr": stderr.String()}
	if *update {
		var kept []txtar.File
		for _, f := range ar.Files {
			if f.Name != "stdout" && f.Name != "stderr" {
				kept = append(kept, f)
			}
		}
		for _, name := range []string{"stdout", "stderr"} {
			if got[name] != "" {
				kept = append(kept, txtar.File{Name: name, Data: []byte(got[name])})
			}
		}
		ar.Files = kept
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	checkJSON(t, args, got["stdout"])
	for _, name := range []string{"stdout", "stderr"} {
		if got[name] != want[name] {
			t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", name, got[name], want[name])
		}
	}
}

// checkJSON fails the test if a JSON output is not valid JSON: one
// document for --format json, one per line for jsonl and turns' json.
func checkJSON(t *testing.T, args []string, stdout string) {
	t.Helper()
	format := ""
	for i, a := range args {
		if (a == "--format" || a == "-f") && i+1 < len(args) {
			format = args[i+1]
		}
	}
	switch {
	case format == "json" && args[0] != "turns":
		if !json.Valid([]byte(stdout)) {
			t.Errorf("--format json output is not valid JSON")
		}
	case format == "jsonl" || format == "json":
		for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
			if line != "" && !json.Valid([]byte(line)) {
				t.Errorf("a line of JSON output is not valid JSON: %.80s", line)
			}
		}
	}
}

// unescapeData lets an archive hold bytes a text file cannot show:
// a file whose first line is "#escaped" has \r, \x00-style and \uFEFF
// escapes decoded (the marker line is dropped).
func unescapeData(b []byte) []byte {
	const marker = "#escaped\n"
	if !bytes.HasPrefix(b, []byte(marker)) {
		return b
	}
	body := strings.NewReplacer(`"`, `\"`, "\n", `\n`).Replace(string(b[len(marker):]))
	s, err := strconv.Unquote(`"` + body + `"`)
	if err != nil {
		panic(fmt.Sprintf("bad escaped test file: %v", err))
	}
	return []byte(s)
}

// splitArgs splits a command line on spaces, keeping 'single' or "double"
// quoted words together.
func splitArgs(s string) ([]string, error) {
	var args []string
	var cur strings.Builder
	var quote rune
	in := false
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, in = r, true
		case r == ' ' || r == '\t':
			if in {
				args = append(args, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unclosed quote in %q", s)
	}
	if in {
		args = append(args, cur.String())
	}
	return args, nil
}

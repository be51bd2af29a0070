package main

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	content := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	boom := errors.New("boom")
	failing := func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("half-written ", 10000))
		return boom
	}
	onlyFiles := func(t *testing.T, dir string, want ...string) {
		t.Helper()
		ents, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range ents {
			got = append(got, e.Name())
		}
		if !slices.Equal(got, want) {
			t.Errorf("directory holds %q, want %q (a temporary file left behind?)", got, want)
		}
	}
	read := func(t *testing.T, path string) string {
		t.Helper()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}

	t.Run("new", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "report.html")
		if err := writeFileAtomic(context.Background(), p, content("<p>new</p>")); err != nil {
			t.Fatal(err)
		}
		if got := read(t, p); got != "<p>new</p>" {
			t.Errorf("file holds %q", got)
		}
		if fi, _ := os.Stat(p); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o644 {
			t.Errorf("mode %v, want 0644", fi.Mode().Perm())
		}
		onlyFiles(t, dir, "report.html")
	})
	t.Run("replace keeps mode", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "report.html")
		os.WriteFile(p, []byte("old"), 0o600)
		if err := writeFileAtomic(context.Background(), p, content("new")); err != nil {
			t.Fatal(err)
		}
		if got := read(t, p); got != "new" {
			t.Errorf("file holds %q", got)
		}
		if fi, _ := os.Stat(p); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
			t.Errorf("mode %v, want 0600 kept", fi.Mode().Perm())
		}
		onlyFiles(t, dir, "report.html")
	})
	t.Run("failing write leaves the old file", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "report.html")
		os.WriteFile(p, []byte("old report"), 0o644)
		if err := writeFileAtomic(context.Background(), p, failing); !errors.Is(err, boom) {
			t.Fatalf("error %v, want boom", err)
		}
		if got := read(t, p); got != "old report" {
			t.Errorf("old file now holds %d bytes: %.40q", len(got), got)
		}
		onlyFiles(t, dir, "report.html")
	})
	t.Run("failing write creates nothing", func(t *testing.T) {
		dir := t.TempDir()
		if err := writeFileAtomic(context.Background(), filepath.Join(dir, "report.html"), failing); !errors.Is(err, boom) {
			t.Fatalf("error %v, want boom", err)
		}
		onlyFiles(t, dir)
	})
	t.Run("panicking write leaves the old file", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "report.html")
		os.WriteFile(p, []byte("old report"), 0o644)
		func() {
			defer func() {
				if recover() == nil {
					t.Error("panic was swallowed")
				}
			}()
			writeFileAtomic(context.Background(), p, func(w io.Writer) error {
				io.WriteString(w, "partial")
				panic("render bug")
			})
		}()
		if got := read(t, p); got != "old report" {
			t.Errorf("old file now holds %q", got)
		}
		onlyFiles(t, dir, "report.html")
	})
	t.Run("missing directory", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "no", "such", "report.html")
		err := writeFileAtomic(context.Background(), p, content("x"))
		if err == nil || !strings.HasPrefix(err.Error(), p+": ") || strings.Contains(err.Error(), ".tmp") {
			t.Errorf("error %v does not name %s (and only it)", err, p)
		}
	})
	t.Run("interrupted", func(t *testing.T) {
		// A cancelled context (Ctrl-C, SIGTERM) while the report is
		// written: no temporary file is left beside the target.
		dir := t.TempDir()
		ctx, cancel := context.WithCancel(context.Background())
		err := writeFileAtomic(ctx, filepath.Join(dir, "report.html"), func(w io.Writer) error {
			for i := 0; i < 1000; i++ {
				if i == 10 {
					cancel()
				}
				if _, err := io.WriteString(w, strings.Repeat("x", 32<<10)); err != nil {
					return err
				}
			}
			return nil
		})
		if !errors.Is(err, errInterrupted) {
			t.Errorf("err = %v, want errInterrupted", err)
		}
		onlyFiles(t, dir)
	})
	t.Run("target is a directory", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "report.html")
		os.Mkdir(p, 0o755)
		if err := writeFileAtomic(context.Background(), p, content("x")); err == nil {
			t.Error("no error")
		}
		if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
			t.Error("the directory is gone")
		}
		onlyFiles(t, dir, "report.html")
	})
	t.Run("symlink", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("symlinks need privileges on Windows")
		}
		dir := t.TempDir()
		real := filepath.Join(dir, "real.html")
		link := filepath.Join(dir, "link.html")
		os.WriteFile(real, []byte("old"), 0o644)
		if err := os.Symlink("real.html", link); err != nil {
			t.Fatal(err)
		}
		if err := writeFileAtomic(context.Background(), link, content("new")); err != nil {
			t.Fatal(err)
		}
		if got := read(t, real); got != "new" {
			t.Errorf("link target holds %q", got)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Error("the link was replaced by a file")
		}
		onlyFiles(t, dir, "link.html", "real.html")
	})
}

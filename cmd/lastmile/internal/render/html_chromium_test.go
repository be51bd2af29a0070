package render

import (
	"context"
	"image"
	"image/color"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// findChromium returns the path of a Chromium or Chrome binary, or "".
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestHTMLReportInChromium renders the sample call's report in headless
// Chromium and checks the screenshot: the page rendered at the window's
// size, with text, the score ring and a timeline in the side colours. It
// skips when Chromium is not installed, unless LASTMILE_REQUIRE_CHROMIUM=1.
// LASTMILE_SCREENSHOT=FILE keeps the screenshot.
func TestHTMLReportInChromium(t *testing.T) {
	chrome := findChromium()
	if chrome == "" {
		if os.Getenv("LASTMILE_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("chromium is not installed, and LASTMILE_REQUIRE_CHROMIUM=1")
		}
		t.Skip("chromium is not installed (LASTMILE_REQUIRE_CHROMIUM=1 makes this a failure)")
	}
	dir := t.TempDir()
	sc, ann := scoreFile(t, "sample-call.txt", "Jordan")
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, renderHTML(t, sc, ann), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "shot.png")
	const width, height = 1280, 2400
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chrome,
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--force-device-scale-factor=1",
		"--user-data-dir="+filepath.Join(dir, "profile"),
		"--window-size=1280,2400", "--screenshot="+shot,
		(&url.URL{Scheme: "file", Path: filepath.ToSlash(page)}).String())
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", chrome, err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v\n%s", err, out)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if keep := os.Getenv("LASTMILE_SCREENSHOT"); keep != "" {
		if data, err := os.ReadFile(shot); err == nil {
			os.WriteFile(keep, data, 0o644)
		}
	}
	if b := img.Bounds(); b.Dx() != width || b.Dy() != height {
		t.Fatalf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), width, height)
	}

	st := pixelStats(img, img.Bounds())
	t.Logf("background %.1f%%, white %.1f%%, ink %.1f%%, %d colours", 100*st.share(st.background), 100*st.share(st.white), 100*st.share(st.ink), st.colours)
	if st.share(st.background)+st.share(st.white) > 0.97 {
		t.Errorf("the page is nearly blank: %.1f%% background or white", 100*(st.share(st.background)+st.share(st.white)))
	}
	if st.share(st.background) < 0.05 || st.share(st.white) < 0.3 {
		t.Errorf("the layout did not render: %.1f%% page background, %.1f%% white cards", 100*st.share(st.background), 100*st.share(st.white))
	}
	if st.share(st.ink) < 0.004 {
		t.Errorf("hardly any text: %.2f%% dark pixels", 100*st.share(st.ink))
	}
	// The score ring (fair: amber) in the header.
	if n := countNear(img, image.Rect(0, 0, width, 300), color.RGBA{0xd9, 0x77, 0x06, 0xff}, 30); n < 2000 {
		t.Errorf("the score ring is missing: %d amber pixels in the header", n)
	}
	// The timeline: seller bars, and customer bars below them, in a region
	// with the markers' colours too.
	seller := boxNear(img, color.RGBA{0x63, 0x66, 0xf1, 0xff}, 12)
	if seller.Empty() || seller.Dx() < width/2 {
		t.Fatalf("no seller track across the page: seller-coloured pixels span %v", seller)
	}
	region := image.Rect(0, seller.Min.Y-40, width, seller.Min.Y+120)
	customer := countNear(img, image.Rect(0, seller.Max.Y, width, seller.Max.Y+60), color.RGBA{0x14, 0xb8, 0xa6, 0xff}, 12)
	if customer < 1000 {
		t.Errorf("no customer track under the seller track: %d customer-coloured pixels", customer)
	}
	if n := countNear(img, region, color.RGBA{0x7c, 0x3a, 0xed, 0xff}, 30); n < 50 {
		t.Errorf("no question markers above the seller track: %d violet pixels", n)
	}
	if n := countNear(img, region, color.RGBA{0xdc, 0x26, 0x26, 0xff}, 30); n < 10 {
		t.Errorf("no interruption marker: %d red pixels", n)
	}
	if rs := pixelStats(img, region); rs.colours < 20 {
		t.Errorf("the timeline region has only %d distinct colours", rs.colours)
	}
}

type stats struct {
	total, background, white, ink, colours int
}

func (s stats) share(n int) float64 { return float64(n) / float64(s.total) }

// pixelStats counts the page background (#f1f5f9), white, dark ink and
// distinct colours (at 4 bits a channel) in r.
func pixelStats(img image.Image, r image.Rectangle) stats {
	var s stats
	seen := make(map[uint16]bool)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			s.total++
			switch {
			case c.R == 0xf1 && c.G == 0xf5 && c.B == 0xf9:
				s.background++
			case c.R == 0xff && c.G == 0xff && c.B == 0xff:
				s.white++
			case int(c.R)+int(c.G)+int(c.B) < 3*110:
				s.ink++
			}
			seen[uint16(c.R>>4)<<8|uint16(c.G>>4)<<4|uint16(c.B>>4)] = true
		}
	}
	s.colours = len(seen)
	return s
}

func near(c, want color.RGBA, tol int) bool {
	d := func(a, b uint8) int {
		if a > b {
			return int(a - b)
		}
		return int(b - a)
	}
	return d(c.R, want.R) <= tol && d(c.G, want.G) <= tol && d(c.B, want.B) <= tol
}

func countNear(img image.Image, r image.Rectangle, want color.RGBA, tol int) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if near(color.RGBAModel.Convert(img.At(x, y)).(color.RGBA), want, tol) {
				n++
			}
		}
	}
	return n
}

// boxNear returns the bounding box of the pixels of a colour, ignoring
// rows with only a few (legend swatches, text).
func boxNear(img image.Image, want color.RGBA, tol int) image.Rectangle {
	var box image.Rectangle
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		var row []int
		for x := b.Min.X; x < b.Max.X; x++ {
			if near(color.RGBAModel.Convert(img.At(x, y)).(color.RGBA), want, tol) {
				row = append(row, x)
			}
		}
		if len(row) < 200 {
			continue
		}
		box = box.Union(image.Rect(row[0], y, row[len(row)-1]+1, y+1))
	}
	return box
}

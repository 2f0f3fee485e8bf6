package playground

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/png"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/pyasync2go/pyasync2go/driver"
)

var update = flag.Bool("update", false, "rewrite testdata/screenshot.png (or PYASYNC2GO_UPDATE=1)")

func updating() bool { return *update || os.Getenv("PYASYNC2GO_UPDATE") == "1" }

const screenshotFile = "testdata/screenshot.png"

// realTranslate is the adapter pyasync2go serve uses: the real pipeline.
func realTranslate(filename string, src []byte, lineDirectives bool) ([]byte, error) {
	return driver.Translate(nil, filename, src, driver.Options{NoLine: !lineDirectives})
}

// recordingRunner is a fake Run that answers with fixed output, a failure
// for programs that raise, and remembers what it was asked to run.
type recordingRunner struct {
	mu    sync.Mutex
	calls []string
}

func (r *recordingRunner) run(ctx context.Context, filename string, src []byte) (string, string, int, error) {
	r.mu.Lock()
	r.calls = append(r.calls, filename+"\n"+string(src))
	r.mu.Unlock()
	if strings.Contains(string(src), "raise ") {
		return "started\n", "Traceback (most recent call last):\nTerminateException: 1\n", 1, nil
	}
	return "2026-01-02 12:00:00.000001 : 140245\ncancel? : True\n", "", 0, nil
}

// TestBrowser drives the page in headless Chromium: it picks an example,
// checks that both panes show code, follows a Python line to its Go and
// back, shows and follows a diagnostic, runs the program with a fake
// runner, and takes a screenshot.
func TestBrowser(t *testing.T) {
	bin := findChromium()
	if bin == "" {
		t.Skip("no chromium binary (set $CHROMIUM or install Debian's chromium: apt-get install -y chromium)")
	}
	if testing.Short() {
		t.Skip("starts a browser")
	}
	var cancelSource string
	for _, ex := range Examples() {
		if ex.Name == "03_cancel" {
			cancelSource = ex.Source
		}
	}
	runner := &recordingRunner{}
	srv := httptest.NewServer(New(Options{Translate: realTranslate, Run: runner.run}))
	defer srv.Close()
	if !strings.HasPrefix(srv.URL, "http://127.0.0.1:") {
		t.Fatalf("test server at %s, want 127.0.0.1", srv.URL)
	}

	const width, height = 1400, 860
	b := startBrowser(t, bin, width, height)
	b.navigate(srv.URL + "/")
	b.waitFor("the examples", `document.querySelectorAll("#examples option").length === 9`)

	// Pick the cancel example.
	b.mustEval(`(() => { const s = document.getElementById("examples");
		s.value = [...s.options].find(o => o.textContent === "cancel").value;
		s.dispatchEvent(new Event("change")); })()`, nil)
	b.waitFor("the Python", `document.getElementById("py-lines").textContent.includes("task = asyncio.create_task(sleep())")`)
	// Wait for this example's translation, not the one shown before it.
	b.waitFor("the Go", `document.getElementById("go-lines").textContent.includes("task.Cancel()") &&
		!document.getElementById("go-view").classList.contains("stale")`)
	var state struct {
		PyLines, GoLines int
		Stale            bool
		Diagnostics      int
	}
	b.mustEval(`({pyLines: document.querySelectorAll("#py-lines > div").length,
		goLines: document.querySelectorAll("#go-lines > div").length,
		stale: document.getElementById("go-view").classList.contains("stale"),
		diagnostics: document.querySelectorAll("#diagnostics button").length})`, &state)
	if state.PyLines < 20 || state.GoLines < 20 || state.Stale || state.Diagnostics != 0 {
		t.Fatalf("after loading the example: %+v", state)
	}
	var goText string
	b.mustEval(`document.getElementById("go-lines").textContent`, &goText)
	if strings.Contains(goText, "//line") {
		t.Error("the Go pane shows //line directives")
	}

	// Click on the Python line "task.cancel()": its Go is highlighted.
	pyLine := lineOf(t, cancelSource, "task.cancel()")
	x, y := b.center(fmt.Sprintf(`document.querySelector("#py-lines > div:nth-child(%d)")`, pyLine))
	b.click(x, y)
	b.waitFor("a selected Go line", `document.querySelector("#go-lines > div.selected")`)
	var sel struct {
		Go []string
		Py []int
	}
	b.mustEval(`({go: [...document.querySelectorAll("#go-lines > div.selected")].map(e => e.textContent),
		py: [...document.querySelectorAll("#py-lines > div")].map((e, i) => e.classList.contains("selected") ? i + 1 : 0).filter(n => n)})`, &sel)
	if len(sel.Go) != 1 || strings.TrimSpace(sel.Go[0]) != "task.Cancel()" {
		t.Errorf("Python line %d selects Go lines %q, want task.Cancel()", pyLine, sel.Go)
	}
	if len(sel.Py) != 1 || sel.Py[0] != pyLine {
		t.Errorf("selected Python lines %v, want [%d]", sel.Py, pyLine)
	}
	var note string
	b.mustEval(`document.getElementById("go-note").textContent`, &note)
	if want := fmt.Sprintf("Python line %d \u2192 Go line ", pyLine); !strings.HasPrefix(note, want) {
		t.Errorf("note %q, want %q...", note, want)
	}

	// Hovering a Python line marks its Go too.
	hoverLine := lineOf(t, cancelSource, "await asyncio.sleep(1)")
	x, y = b.center(fmt.Sprintf(`document.querySelector("#py-lines > div:nth-child(%d)")`, hoverLine))
	b.call("Input.dispatchMouseEvent", map[string]any{"type": "mouseMoved", "x": x, "y": y}, nil)
	b.waitFor("hovered Go lines", `document.querySelector("#go-lines > div.hover")`)
	var hovered []string
	b.mustEval(`[...document.querySelectorAll("#go-lines > div.hover")].map(e => e.textContent.trim())`, &hovered)
	if len(hovered) == 0 || !strings.Contains(hovered[0], "rt.Sleep(1)") {
		t.Errorf("hovering Python line %d marks Go lines %q, want the rt.Sleep(1) statement", hoverLine, hovered)
	}

	// Click on a Go line: its Python line is selected.
	x, y = b.center(`[...document.querySelectorAll("#go-lines > div")].find(e => e.textContent.includes("rt.CreateTask("))`)
	b.click(x, y)
	wantPy := lineOf(t, cancelSource, "task = asyncio.create_task(sleep())")
	b.waitFor("the Python line of the Go line", fmt.Sprintf(`document.querySelector("#py-lines > div:nth-child(%d)").classList.contains("selected")`, wantPy))

	// A syntax error: the diagnostic shows under the Python, and clicking
	// it puts the caret on its line.
	b.mustEval(`(() => { const t = document.getElementById("python"); t.focus(); t.select(); })()`, nil)
	b.insertText("import asyncio\n\n\nasync def main():\n    x = (1,\n")
	b.waitFor("a diagnostic", `document.querySelector("#diagnostics button.diag")`)
	var diagText string
	b.mustEval(`document.querySelector("#diagnostics button.diag").textContent`, &diagText)
	if diagText != "main.py:5:9: '(' was never closed" {
		t.Errorf("diagnostic %q, want CPython's \"main.py:5:9: '(' was never closed\"", diagText)
	}
	b.waitFor("the stale Go pane", `document.getElementById("go-view").classList.contains("stale")`)
	b.mustEval(`(() => { const t = document.getElementById("python"); t.setSelectionRange(0, 0); t.blur(); })()`, nil)
	x, y = b.center(`document.querySelector("#diagnostics button.diag")`)
	b.click(x, y)
	var caret struct{ Line, Col int }
	b.mustEval(`(() => { const t = document.getElementById("python"), before = t.value.slice(0, t.selectionStart).split("\n");
		return {line: before.length, col: before[before.length - 1].length + 1}; })()`, &caret)
	if caret.Line != 5 || caret.Col != 9 {
		t.Errorf("clicking the diagnostic puts the caret at %d:%d, want 5:9", caret.Line, caret.Col)
	}

	// A failing program: stderr and the exit status show.
	b.mustEval(`(() => { const s = document.getElementById("examples");
		s.value = [...s.options].find(o => o.textContent === "taskgroup error").value;
		s.dispatchEvent(new Event("change")); })()`, nil)
	b.waitFor("the example", `!document.getElementById("go-view").classList.contains("stale") && document.querySelectorAll("#diagnostics button").length === 0 && document.getElementById("python").value.includes("TerminateException")`)
	x, y = b.center(`document.getElementById("run")`)
	b.click(x, y)
	b.waitFor("the output", `document.getElementById("output").dataset.done === "1"`)
	var out struct{ Stdout, Stderr, Exit string }
	b.mustEval(`({stdout: document.getElementById("stdout").textContent, stderr: document.getElementById("stderr").textContent,
		exit: document.getElementById("exit-code").textContent})`, &out)
	if out.Stdout != "started\n" || out.Stderr != "Traceback (most recent call last):\nTerminateException: 1\n" || out.Exit != "exit 1" {
		t.Errorf("output of a failing run: %+v", out)
	}

	// Back to the cancel example; select a line and run it.
	b.mustEval(`(() => { const s = document.getElementById("examples");
		s.value = [...s.options].find(o => o.textContent === "cancel").value;
		s.dispatchEvent(new Event("change")); })()`, nil)
	b.waitFor("the example again", `!document.getElementById("go-view").classList.contains("stale") && document.getElementById("go-lines").textContent.includes("task.Cancel()")`)
	x, y = b.center(fmt.Sprintf(`document.querySelector("#py-lines > div:nth-child(%d)")`, hoverLine))
	b.click(x, y)
	b.waitFor("a selected Go line", `document.querySelector("#go-lines > div.selected")`)
	x, y = b.center(`document.getElementById("run")`)
	b.click(x, y)
	b.waitFor("the output", `document.getElementById("output").dataset.done === "2"`)
	b.mustEval(`({stdout: document.getElementById("stdout").textContent, stderr: document.getElementById("stderr").textContent,
		exit: document.getElementById("exit-code").textContent})`, &out)
	if out.Stdout != "2026-01-02 12:00:00.000001 : 140245\ncancel? : True\n" || out.Stderr != "" || out.Exit != "exit 0" {
		t.Errorf("output %+v", out)
	}
	runner.mu.Lock()
	calls := runner.calls
	runner.mu.Unlock()
	if len(calls) != 2 || calls[1] != "main.py\n"+cancelSource {
		t.Errorf("the runner got %q, want a second run of main.py with the cancel example", calls)
	}
	// Move the mouse away so the screenshot shows the selection alone.
	b.call("Input.dispatchMouseEvent", map[string]any{"type": "mouseMoved", "x": 5, "y": height - 5}, nil)

	shot := b.screenshot()
	checkScreenshot(t, b, shot, width, height)
	if errs := b.jsErrors(); len(errs) > 0 {
		t.Errorf("JavaScript errors: %q", errs)
	}
	if updating() {
		if err := os.WriteFile(screenshotFile, shot, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", screenshotFile)
	}
}

// lineOf returns the 1-based line of src that contains s.
func lineOf(t *testing.T, src, s string) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	t.Fatalf("no line contains %q", s)
	return 0
}

// checkScreenshot decodes the PNG and checks that each pane holds text:
// enough dark pixels inside its rectangle.
func checkScreenshot(t *testing.T, b *browser, data []byte, width, height int) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if got := img.Bounds().Size(); got.X != width || got.Y != height {
		t.Errorf("screenshot is %v, want %dx%d", got, width, height)
	}
	for _, pane := range []string{"py-scroller", "go-scroller", "output"} {
		var r struct{ Left, Top, Right, Bottom float64 }
		b.mustEval(`document.getElementById("`+pane+`").getBoundingClientRect().toJSON()`, &r)
		rect := image.Rect(int(r.Left), int(r.Top), int(r.Right), int(r.Bottom)).Intersect(img.Bounds())
		dark, colours := 0, map[uint32]bool{}
		for y := rect.Min.Y; y < rect.Max.Y; y++ {
			for x := rect.Min.X; x < rect.Max.X; x++ {
				cr, cg, cb, _ := img.At(x, y).RGBA()
				if (cr+cg+cb)/3 < 0x8000 {
					dark++
				}
				colours[cr>>11<<10|cg>>11<<5|cb>>11] = true
			}
		}
		if dark < 300 || len(colours) < 8 {
			t.Errorf("the %s pane (%v) looks empty in the screenshot: %d dark pixels, %d colours", pane, rect, dark, len(colours))
		}
	}
}

func TestScreenshotFile(t *testing.T) {
	data, err := os.ReadFile(filepath.FromSlash(screenshotFile))
	if os.IsNotExist(err) {
		t.Skip("no screenshot yet: go test ./playground -run TestBrowser -update")
	}
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", screenshotFile, err)
	}
	if s := img.Bounds().Size(); s.X < 800 || s.Y < 500 {
		t.Errorf("%s is only %v", screenshotFile, s)
	}
}

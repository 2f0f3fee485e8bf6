package playground

// A small Chrome DevTools Protocol client over chromium's
// --remote-debugging-pipe (file descriptors 3 and 4, messages separated by
// NUL bytes), enough to drive the playground page in a test with the
// standard library alone.

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// findChromium returns a Chromium or Chrome binary: $CHROMIUM when set,
// else the first of the usual names on $PATH; "" when there is none.
func findChromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless_shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

type browser struct {
	t       *testing.T
	cmd     *exec.Cmd
	w       *os.File
	mu      sync.Mutex
	nextID  int
	pending map[int]chan cdpReply
	session string
	done    chan struct{}
	errs    []string // JavaScript exceptions and console errors
	stderr  strings.Builder
}

type cdpReply struct {
	Result json.RawMessage
	Err    error
}

// startBrowser starts headless chromium with a fresh profile and attaches
// to a new page of width×height CSS pixels.
func startBrowser(t *testing.T, bin string, width, height int) *browser {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("--remote-debugging-pipe needs inherited file descriptors 3 and 4")
	}
	toChrome, ourW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	ourR, fromChrome, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-default-apps", "--disable-extensions", "--mute-audio", "--no-default-browser-check",
		"--hide-scrollbars", "--force-device-scale-factor=1", "--force-color-profile=srgb",
		fmt.Sprintf("--window-size=%d,%d", width, height),
		"--user-data-dir="+t.TempDir(), "--remote-debugging-pipe", "about:blank")
	cmd.ExtraFiles = []*os.File{toChrome, fromChrome} // fds 3 and 4
	b := &browser{t: t, cmd: cmd, w: ourW, pending: map[int]chan cdpReply{}, done: make(chan struct{})}
	cmd.Stderr = &lockedWriter{mu: &b.mu, b: &b.stderr}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	toChrome.Close()
	fromChrome.Close()
	go b.read(ourR)
	t.Cleanup(b.close)

	var target struct{ TargetID string }
	b.callBrowser("Target.createTarget", map[string]any{"url": "about:blank"}, &target)
	var attached struct{ SessionID string }
	b.callBrowser("Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached)
	b.session = attached.SessionID
	b.call("Page.enable", nil, nil)
	b.call("Runtime.enable", nil, nil)
	b.call("Emulation.setDeviceMetricsOverride", map[string]any{
		"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}, nil)
	return b
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *strings.Builder
}

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.b.Len() < 64<<10 {
		w.b.Write(p)
	}
	return len(p), nil
}

func (b *browser) read(r *os.File) {
	defer close(b.done)
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		msg, err := br.ReadBytes(0)
		if err != nil {
			return
		}
		var m struct {
			ID     int             `json:"id"`
			Method string          `json:"method"`
			Params json.RawMessage `json:"params"`
			Result json.RawMessage `json:"result"`
			Error  *struct {
				Code    int    `json:"code"`
				Message string `json:"message"`
			} `json:"error"`
		}
		if err := json.Unmarshal(msg[:len(msg)-1], &m); err != nil {
			continue
		}
		if m.Method != "" {
			b.event(m.Method, m.Params)
			continue
		}
		b.mu.Lock()
		ch := b.pending[m.ID]
		delete(b.pending, m.ID)
		b.mu.Unlock()
		if ch == nil {
			continue
		}
		rep := cdpReply{Result: m.Result}
		if m.Error != nil {
			rep.Err = fmt.Errorf("%d %s", m.Error.Code, m.Error.Message)
		}
		ch <- rep
	}
}

// event records JavaScript exceptions and console errors from the page.
func (b *browser) event(method string, params json.RawMessage) {
	var text string
	switch method {
	case "Runtime.exceptionThrown":
		var p struct {
			ExceptionDetails struct {
				Text      string
				Exception struct{ Description string }
			}
		}
		json.Unmarshal(params, &p)
		text = "exception: " + p.ExceptionDetails.Text + " " + p.ExceptionDetails.Exception.Description
	case "Runtime.consoleAPICalled":
		var p struct {
			Type string
			Args []struct {
				Value       any
				Description string
			}
		}
		json.Unmarshal(params, &p)
		if p.Type != "error" && p.Type != "assert" {
			return
		}
		text = "console." + p.Type + ":"
		for _, a := range p.Args {
			text += fmt.Sprintf(" %v%s", a.Value, a.Description)
		}
	default:
		return
	}
	b.mu.Lock()
	b.errs = append(b.errs, text)
	b.mu.Unlock()
}

func (b *browser) jsErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errs...)
}

func (b *browser) send(session, method string, params any, out any) error {
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan cdpReply, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if session != "" {
		msg["sessionId"] = session
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if _, err := b.w.Write(append(data, 0)); err != nil {
		return err
	}
	select {
	case rep := <-ch:
		if rep.Err != nil {
			return fmt.Errorf("%s: %v", method, rep.Err)
		}
		if out != nil {
			return json.Unmarshal(rep.Result, out)
		}
		return nil
	case <-b.done:
		return fmt.Errorf("%s: the browser exited; its stderr:\n%s", method, b.stderrText())
	case <-time.After(30 * time.Second):
		return fmt.Errorf("%s: no answer from the browser", method)
	}
}

func (b *browser) stderrText() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.stderr.String()
}

func (b *browser) callBrowser(method string, params, out any) {
	b.t.Helper()
	if err := b.send("", method, params, out); err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) call(method string, params, out any) {
	b.t.Helper()
	if err := b.send(b.session, method, params, out); err != nil {
		b.t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the page (awaiting it when it
// is a promise) and stores its JSON value in out.
func (b *browser) eval(expr string, out any) error {
	var r struct {
		Result struct {
			Value json.RawMessage
		}
		ExceptionDetails *struct {
			Text      string
			Exception struct{ Description string }
		}
	}
	if err := b.send(b.session, "Runtime.evaluate", map[string]any{
		"expression": expr, "returnByValue": true, "awaitPromise": true}, &r); err != nil {
		return err
	}
	if r.ExceptionDetails != nil {
		return fmt.Errorf("%s: %s %s", expr, r.ExceptionDetails.Text, r.ExceptionDetails.Exception.Description)
	}
	if out != nil && r.Result.Value != nil {
		return json.Unmarshal(r.Result.Value, out)
	}
	return nil
}

func (b *browser) mustEval(expr string, out any) {
	b.t.Helper()
	if err := b.eval(expr, out); err != nil {
		b.t.Fatal(err)
	}
}

// waitFor polls a JavaScript condition until it is true.
func (b *browser) waitFor(what, cond string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		var ok bool
		err := b.eval("!!("+cond+")", &ok)
		if err == nil && ok {
			return
		}
		select {
		case <-ctx.Done():
			b.t.Fatalf("waiting for %s (%s): %v; JavaScript errors: %q", what, cond, err, b.jsErrors())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func (b *browser) navigate(url string) {
	b.t.Helper()
	var r struct{ ErrorText string }
	b.call("Page.navigate", map[string]any{"url": url}, &r)
	if r.ErrorText != "" {
		b.t.Fatalf("navigate %s: %s", url, r.ErrorText)
	}
}

// center returns the middle of the element a JavaScript expression
// evaluates to, in viewport coordinates, after scrolling it into view.
func (b *browser) center(elemExpr string) (x, y float64) {
	b.t.Helper()
	var p struct{ X, Y float64 }
	b.mustEval(`(() => { const e = `+elemExpr+`; e.scrollIntoView({block: "nearest"});
		const r = e.getBoundingClientRect(); return {x: r.left + Math.min(r.width / 2, 60), y: r.top + r.height / 2}; })()`, &p)
	return p.X, p.Y
}

// click moves the mouse to (x, y) and clicks the left button there.
func (b *browser) click(x, y float64) {
	b.t.Helper()
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		ev := map[string]any{"type": typ, "x": x, "y": y}
		if typ != "mouseMoved" {
			ev["button"] = "left"
			ev["clickCount"] = 1
		}
		b.call("Input.dispatchMouseEvent", ev, nil)
	}
}

func (b *browser) insertText(text string) {
	b.t.Helper()
	b.call("Input.insertText", map[string]any{"text": text}, nil)
}

func (b *browser) screenshot() []byte {
	b.t.Helper()
	var r struct{ Data string }
	b.call("Page.captureScreenshot", map[string]any{"format": "png"}, &r)
	png, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		b.t.Fatal(err)
	}
	return png
}

func (b *browser) close() {
	b.send("", "Browser.close", nil, nil)
	b.w.Close()
	exited := make(chan error, 1)
	go func() { exited <- b.cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		b.cmd.Process.Kill()
		<-exited
	}
}

// Package playground serves the pyasync2go playground: a web page with a
// Python program on the left and the Go it translates to on the right,
// diagnostics under the Python, a line-by-line correspondence between the
// two, and a Run button that shows the program's output.
//
// The page is one HTML file (page.html, plain JavaScript and CSS, no
// external resources). It talks to two JSON endpoints:
//
//	POST /translate  {"filename": "main.py", "source": "..."}
//	             ->  {"go": "...", "lines": [0, 7, 7, 8, ...], "diagnostics": [...], "error": "..."}
//	POST /run        {"filename": "main.py", "source": "..."}
//	             ->  {"stdout": "...", "stderr": "...", "exitCode": 0, "timedOut": false,
//	                  "truncated": false, "diagnostics": [...], "error": "..."}
//
// The Go sent to the page has its //line directives removed; "lines" gives
// for each Go line the Python line it came from (0 for none), computed by
// MapLines from the directives. GET /config lists the example programs
// and says whether programs can be run; GET / serves the page.
//
// The package does not translate or run anything itself: Options supplies
// both functions, so it does not depend on the driver.
package playground

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"path"
	"sort"
	"strings"
	"sync"
	"time"
)

// Options configures the playground handler.
type Options struct {
	// Translate translates a Python source to Go, with //line directives
	// when lineDirectives is set (the playground always asks for them).
	// A problem in the program is reported as a diag.List or *diag.Error
	// (or an error whose lines read file.py:LINE:COL: message).
	// The handler makes one call at a time.
	Translate func(filename string, src []byte, lineDirectives bool) (goSrc []byte, err error)

	// Run translates, builds and runs a Python source and returns what it
	// printed and its exit status. It must stop when ctx is done. An error
	// is a failure to build or start the program (diagnostics as for
	// Translate); a program that fails reports a non-zero exit status.
	// One run happens at a time; others wait, within their time limit.
	// Nil disables the Run button. OutputBuffer gives writers that keep
	// no more output than the page shows.
	Run func(ctx context.Context, filename string, src []byte) (stdout, stderr string, exitCode int, err error)

	// Examples are the programs offered on the page; nil means the
	// built-in examples (the seed programs, see Examples).
	Examples []Example

	// RunTimeout limits one run, build included (default 60s).
	RunTimeout time.Duration
	// MaxOutput limits the bytes of stdout and of stderr shown (default
	// 1 MiB each); longer output is cut and reported as truncated.
	MaxOutput int
	// MaxSource limits the size of a request's source (default 1 MiB).
	MaxSource int
}

// Example is a Python program offered on the page.
type Example struct {
	Name   string `json:"name"`
	Source string `json:"source"`
}

//go:embed examples/*.py
var exampleFS embed.FS

//go:embed page.html
var page []byte

// Examples returns the built-in examples: the seed programs of the seed
// notes (testdata/seed/NN_name/main.py), named after their directory.
func Examples() []Example {
	files, err := fs.Glob(exampleFS, "examples/*.py")
	if err != nil {
		panic(err) // the pattern is constant
	}
	sort.Strings(files)
	out := make([]Example, 0, len(files))
	for _, f := range files {
		data, err := exampleFS.ReadFile(f)
		if err != nil {
			panic(err) // embedded
		}
		out = append(out, Example{Name: strings.TrimSuffix(path.Base(f), ".py"), Source: string(data)})
	}
	return out
}

const (
	defaultRunTimeout = 60 * time.Second
	defaultMaxOutput  = 1 << 20
	defaultMaxSource  = 1 << 20
)

type server struct {
	opts        Options
	translating sync.Mutex    // one translation at a time
	runs        chan struct{} // one run at a time
}

// New returns the playground's HTTP handler. It answers only requests
// addressed to a loopback host (127.0.0.1, ::1 or localhost), and POST
// requests only from its own origin, so that other web sites cannot use
// it to run programs. Serve it with Listen's listener.
func New(opts Options) http.Handler {
	if opts.Examples == nil {
		opts.Examples = Examples()
	}
	if opts.RunTimeout <= 0 {
		opts.RunTimeout = defaultRunTimeout
	}
	if opts.MaxOutput <= 0 {
		opts.MaxOutput = defaultMaxOutput
	}
	if opts.MaxSource <= 0 {
		opts.MaxSource = defaultMaxSource
	}
	s := &server{opts: opts, runs: make(chan struct{}, 1)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /config", s.config)
	mux.HandleFunc("POST /translate", s.translate)
	mux.HandleFunc("POST /run", s.run)
	return s.guard(mux)
}

// Listen listens on addr, which must name a loopback address
// ("127.0.0.1:0", "127.0.0.1:8080", "localhost:8080" or "[::1]:8080");
// "" and ":PORT" mean 127.0.0.1.
func Listen(addr string) (net.Listener, error) {
	host, port, err := net.SplitHostPort(addr)
	if addr == "" {
		host, port, err = "", "0", nil
	}
	if err != nil {
		return nil, err
	}
	switch host {
	case "":
		host = "127.0.0.1"
	case "localhost":
		host = "127.0.0.1"
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("playground: %s is not a loopback address; the playground runs programs and listens only on 127.0.0.1 or ::1", host)
	}
	return net.Listen("tcp", net.JoinHostPort(host, port))
}

// guard rejects requests for other hosts (DNS rebinding) and cross-origin
// POSTs.
func (s *server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !loopbackHost(r.Host) {
			http.Error(w, "playground: only loopback hosts are served", http.StatusForbidden)
			return
		}
		if r.Method == http.MethodPost {
			if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host {
				http.Error(w, "playground: cross-origin request refused", http.StatusForbidden)
				return
			}
			if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
				http.Error(w, "playground: want Content-Type application/json", http.StatusUnsupportedMediaType)
				return
			}
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

func (s *server) page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(page)
}

// Config is the answer to GET /config.
type Config struct {
	Examples []Example `json:"examples"`
	// CanRun reports whether the Run button works (Options.Run is set).
	CanRun bool `json:"canRun"`
}

func (s *server) config(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, Config{Examples: s.opts.Examples, CanRun: s.opts.Run != nil})
}

// Request is the body of POST /translate and POST /run.
type Request struct {
	Filename string `json:"filename"`
	Source   string `json:"source"`
}

// TranslateResponse is the answer to POST /translate.
type TranslateResponse struct {
	// Go is the generated source without //line directives.
	Go string `json:"go"`
	// Lines[i] is the Python line of Go line i+1, 0 for none.
	Lines       []int        `json:"lines"`
	Diagnostics []Diagnostic `json:"diagnostics"`
	// Error is a failure that is not a diagnostic of the program.
	Error string `json:"error,omitempty"`
}

// RunResponse is the answer to POST /run.
type RunResponse struct {
	Stdout   string `json:"stdout"`
	Stderr   string `json:"stderr"`
	ExitCode int    `json:"exitCode"`
	// TimedOut reports that the run was stopped at the time limit.
	TimedOut bool `json:"timedOut"`
	// Truncated reports that stdout or stderr was cut at the size limit.
	Truncated   bool         `json:"truncated"`
	Diagnostics []Diagnostic `json:"diagnostics"`
	Error       string       `json:"error,omitempty"`
}

// decode reads a Request; it writes the error answer and returns false
// when the request is bad.
func (s *server) decode(w http.ResponseWriter, r *http.Request) (Request, bool) {
	var req Request
	body := http.MaxBytesReader(w, r.Body, int64(s.opts.MaxSource)*6+4096) // JSON escapes
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{"error": "source too large"})
		} else {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad request: " + err.Error()})
		}
		return req, false
	}
	if len(req.Source) > s.opts.MaxSource {
		writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{
			"error": fmt.Sprintf("source too large (%d bytes, limit %d)", len(req.Source), s.opts.MaxSource)})
		return req, false
	}
	req.Filename = cleanFilename(req.Filename)
	return req, true
}

// cleanFilename keeps the base name of a .py file; anything else becomes
// main.py.
func cleanFilename(name string) string {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	if !strings.HasSuffix(name, ".py") || len(name) == len(".py") || len(name) > 100 ||
		strings.ContainsAny(name, "\x00\n\r:") {
		return "main.py"
	}
	return name
}

func (s *server) translate(w http.ResponseWriter, r *http.Request) {
	req, ok := s.decode(w, r)
	if !ok {
		return
	}
	if s.opts.Translate == nil {
		writeJSON(w, http.StatusNotImplemented, TranslateResponse{Error: "translation is not configured", Diagnostics: []Diagnostic{}, Lines: []int{}})
		return
	}
	resp := TranslateResponse{Diagnostics: []Diagnostic{}, Lines: []int{}}
	s.translating.Lock()
	goSrc, err := s.opts.Translate(req.Filename, []byte(req.Source), true)
	s.translating.Unlock()
	if err != nil {
		if d := diagnostics(err); len(d) > 0 {
			resp.Diagnostics = d
		} else {
			resp.Error = err.Error()
		}
		writeJSON(w, http.StatusOK, resp)
		return
	}
	m := MapLines(string(goSrc))
	resp.Go, resp.Lines = m.Go, m.Python
	if resp.Lines == nil {
		resp.Lines = []int{}
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *server) run(w http.ResponseWriter, r *http.Request) {
	req, ok := s.decode(w, r)
	if !ok {
		return
	}
	resp := RunResponse{Diagnostics: []Diagnostic{}}
	if s.opts.Run == nil {
		resp.Error = "running programs is not configured"
		writeJSON(w, http.StatusNotImplemented, resp)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.RunTimeout)
	defer cancel()
	ctx = context.WithValue(ctx, outputLimitKey{}, s.opts.MaxOutput)
	select {
	case s.runs <- struct{}{}:
		defer func() { <-s.runs }()
	case <-ctx.Done():
		resp.Error = "another program is still running"
		resp.TimedOut = true
		writeJSON(w, http.StatusOK, resp)
		return
	}
	stdout, stderr, code, err := s.opts.Run(ctx, req.Filename, []byte(req.Source))
	resp.Stdout, resp.Stderr, resp.ExitCode = stdout, stderr, code
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		resp.TimedOut = true
		resp.Error = fmt.Sprintf("stopped after %v", s.opts.RunTimeout)
	} else if err != nil {
		if d := diagnostics(err); len(d) > 0 {
			resp.Diagnostics = d
		} else {
			resp.Error = err.Error()
		}
	}
	var cut1, cut2 bool
	resp.Stdout, cut1 = truncate(resp.Stdout, s.opts.MaxOutput)
	resp.Stderr, cut2 = truncate(resp.Stderr, s.opts.MaxOutput)
	resp.Truncated = cut1 || cut2
	writeJSON(w, http.StatusOK, resp)
}

// truncate cuts s to at most n bytes, at a UTF-8 boundary.
func truncate(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n], true
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

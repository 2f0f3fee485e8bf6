package rt

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
)

// Stream is one of the program's standard streams (sys.stdout or
// sys.stderr) with CPython's buffering: stdout is line buffered on a
// terminal and block buffered (8 KiB) otherwise; stderr is line buffered
// (CPython 3.9+). A Stream is safe for concurrent use, so worker goroutines
// (asyncio.to_thread) may print.
type Stream struct {
	mu       sync.Mutex
	w        *bufio.Writer
	lineMode bool
}

// NewStream returns a Stream writing to w, flushing after every newline
// when lineBuffered is set and when its 8 KiB buffer fills otherwise.
func NewStream(w io.Writer, lineBuffered bool) *Stream {
	return &Stream{w: bufio.NewWriterSize(w, 8192), lineMode: lineBuffered}
}

// Stdout is sys.stdout.
var Stdout = NewStream(os.Stdout, isTerminal(os.Stdout))

// Stderr is sys.stderr.
var Stderr = NewStream(os.Stderr, true)

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// WriteString writes s: sys.stdout.write(s). It returns the number of
// bytes written.
func (s *Stream) WriteString(text string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := s.w.WriteString(text)
	if err == nil && s.lineMode && strings.ContainsAny(text, "\n\r") {
		err = s.w.Flush()
	}
	return n, err
}

// Write writes p; it makes a Stream an io.Writer.
func (s *Stream) Write(p []byte) (int, error) { return s.WriteString(string(p)) }

// Flush writes out buffered text: sys.stdout.flush().
func (s *Stream) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Flush()
}

// SetOutput redirects the stream (for tests and embedding), flushing what
// it holds first.
func (s *Stream) SetOutput(w io.Writer, lineBuffered bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.w.Flush()
	s.w = bufio.NewWriterSize(w, 8192)
	s.lineMode = lineBuffered
}

// FlushStdout flushes sys.stdout, then sys.stderr, as CPython does at
// exit. The program's Main calls it before exiting.
func FlushStdout() {
	Stdout.Flush()
	Stderr.Flush()
}

// PrintOptions are print()'s keyword arguments. Generated code fills Sep
// and End explicitly (print's defaults are " " and "\n"); a nil File is
// sys.stdout.
type PrintOptions struct {
	Sep   string
	End   string
	File  io.Writer
	Flush bool
}

// Print is print(*args): the str() of each argument separated by spaces,
// then a newline, on sys.stdout.
func Print(args ...any) {
	PrintOpts(PrintOptions{Sep: " ", End: "\n"}, args...)
}

// PrintOpts is print(*args, sep=..., end=..., file=..., flush=...).
func PrintOpts(opts PrintOptions, args ...any) error {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(opts.Sep)
		}
		b.WriteString(Str(a))
	}
	b.WriteString(opts.End)
	w := opts.File
	if w == nil {
		w = Stdout
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if f, ok := w.(interface{ Flush() error }); ok && opts.Flush {
		return f.Flush()
	}
	return nil
}

package rt

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

// captured runs print calls against a buffer and returns what they wrote.
func captured(f func(w *Stream)) func() (string, error) {
	var buf bytes.Buffer
	s := NewStream(&buf, false)
	f(s)
	if err := s.Flush(); err != nil {
		return txt("", err)
	}
	return txt(buf.String(), nil)
}

func TestPrint(t *testing.T) {
	const capture = "import io, contextlib\nf = io.StringIO()\nwith contextlib.redirect_stdout(f): "
	runTable(t, "print", []pyCase{
		{capture + "print(1, 'a', None, 2.5, [1, 'x'], (1,), {'k': True})\nf.getvalue()", captured(func(w *Stream) {
			PrintOpts(PrintOptions{Sep: " ", End: "\n", File: w}, 1, "a", None, 2.5, []any{1, "x"}, Tuple{1}, DictOf(T2("k", true)))
		})},
		{capture + "print('a', 'b', sep='-', end='!')\nf.getvalue()", captured(func(w *Stream) {
			PrintOpts(PrintOptions{Sep: "-", End: "!", File: w}, "a", "b")
		})},
		{capture + "print()\nf.getvalue()", captured(func(w *Stream) {
			PrintOpts(PrintOptions{Sep: " ", End: "\n", File: w})
		})},
		{capture + "print(ValueError('boom'), KeyError('k'), sep='')\nf.getvalue()", captured(func(w *Stream) {
			PrintOpts(PrintOptions{Sep: "", End: "\n", File: w}, ValueError.New("boom"), KeyError.New("k"))
		})},
	})
}

func TestStreamBuffering(t *testing.T) {
	var buf bytes.Buffer
	block := NewStream(&buf, false)
	block.WriteString("a\n")
	if buf.Len() != 0 {
		t.Errorf("block-buffered stream wrote %q before a flush", buf.String())
	}
	block.WriteString(strings.Repeat("x", 9000))
	if buf.Len() == 0 {
		t.Errorf("block-buffered stream kept more than 8 KiB")
	}
	var lbuf bytes.Buffer
	line := NewStream(&lbuf, true)
	line.WriteString("partial")
	if lbuf.Len() != 0 {
		t.Errorf("line-buffered stream wrote a partial line")
	}
	line.WriteString(" line\n")
	if lbuf.String() != "partial line\n" {
		t.Errorf("line-buffered stream holds %q", lbuf.String())
	}
}

// TestPrintConcurrent prints from many goroutines: every line arrives whole.
func TestPrintConcurrent(t *testing.T) {
	var buf bytes.Buffer
	s := NewStream(&buf, false)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				PrintOpts(PrintOptions{Sep: " ", End: "\n", File: s}, "worker", g, "line", i)
			}
		}()
	}
	wg.Wait()
	s.Flush()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 1600 {
		t.Fatalf("got %d lines, want 1600", len(lines))
	}
	for _, l := range lines {
		if len(strings.Fields(l)) != 4 {
			t.Fatalf("torn line %q", l)
		}
	}
}

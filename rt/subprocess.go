package rt

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"syscall"
)

// Stream settings for the stdin, stdout and stderr of a subprocess.
const (
	Inherit = 0  // None: the child shares the parent's stream
	PIPE    = -1 // asyncio.subprocess.PIPE
	STDOUT  = -2 // asyncio.subprocess.STDOUT (stderr only)
	DEVNULL = -3 // asyncio.subprocess.DEVNULL
)

// ProcOptions are the stdin, stdout and stderr arguments of
// create_subprocess_shell and create_subprocess_exec.
type ProcOptions struct {
	Stdin, Stdout, Stderr int
}

// Process is asyncio.subprocess.Process.
type Process struct {
	cmd        *exec.Cmd
	Stdin      *StreamWriter // nil unless stdin=PIPE
	Stdout     *StreamReader // nil unless stdout=PIPE
	Stderr     *StreamReader // nil unless stderr=PIPE
	returncode *int
	exitWait   []*futureCore
	openPipes  int
	exited     bool
}

// CreateSubprocessShell is "await asyncio.create_subprocess_shell(cmd, ...)";
// opts, when given, sets stdin, stdout and stderr.
func CreateSubprocessShell(cmd string, opts ...ProcOptions) (*Process, error) {
	return startProcess(exec.Command("/bin/sh", "-c", cmd), opts)
}

// CreateSubprocessExec is "await asyncio.create_subprocess_exec(program, *args, ...)".
func CreateSubprocessExec(program string, args []string, opts ...ProcOptions) (*Process, error) {
	return startProcess(exec.Command(program, args...), opts)
}

func startProcess(cmd *exec.Cmd, optList []ProcOptions) (*Process, error) {
	var opts ProcOptions
	if len(optList) > 0 {
		opts = optList[0]
	}
	l := loop()
	cmd.Env = environList()
	p := &Process{cmd: cmd}
	var closeAfter []*os.File
	var readers []func()
	setOut := func(mode int, std *os.File, dst **os.File, sr **StreamReader) error {
		switch mode {
		case PIPE:
			r, w, err := os.Pipe()
			if err != nil {
				return err
			}
			*dst = w
			closeAfter = append(closeAfter, w)
			s := &StreamReader{loop: l}
			*sr = s
			p.openPipes++
			readers = append(readers, func() { s.pump(r, p) })
		case DEVNULL:
			f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			*dst = f
			closeAfter = append(closeAfter, f)
		default:
			*dst = std
		}
		return nil
	}
	var stdout, stderr *os.File
	if err := setOut(opts.Stdout, os.Stdout, &stdout, &p.Stdout); err != nil {
		return nil, oserror(err)
	}
	if opts.Stderr == STDOUT {
		stderr = stdout
	} else if err := setOut(opts.Stderr, os.Stderr, &stderr, &p.Stderr); err != nil {
		return nil, oserror(err)
	}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	switch opts.Stdin {
	case PIPE:
		r, w, err := os.Pipe()
		if err != nil {
			return nil, oserror(err)
		}
		cmd.Stdin = r
		closeAfter = append(closeAfter, r)
		p.Stdin = &StreamWriter{w: w}
	case DEVNULL:
		f, err := os.Open(os.DevNull)
		if err != nil {
			return nil, oserror(err)
		}
		cmd.Stdin = f
		closeAfter = append(closeAfter, f)
	default:
		cmd.Stdin = os.Stdin
	}
	err := cmd.Start()
	for _, f := range closeAfter {
		f.Close()
	}
	if err != nil {
		return nil, oserror(err)
	}
	for _, start := range readers {
		go start()
	}
	go func() {
		cmd.Wait()
		code := cmd.ProcessState.ExitCode()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = -int(ws.Signal())
		}
		// The child watcher thread reports the exit, and the loop passes
		// it on to the transport in a second callback.
		l.callSoonThreadsafe(func() { l.callSoon(func() { p.processExited(code) }) })
	}()
	// _connect_pipes runs as a task; the caller waits for it.
	waiter := &futureCore{}
	connect := CreateTask(VoidCoro("BaseSubprocessTransport._connect_pipes", func() error {
		waiter.setResult()
		return nil
	}))
	_ = connect
	if err := waitOn(waiter); err != nil {
		return nil, err
	}
	return p, nil
}

func oserror(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, os.ErrNotExist) {
			return Raise(FileNotFoundError.New(2, "No such file or directory"))
		}
	}
	return Raise(OSError.Newf(err.Error()))
}

func (p *Process) processExited(code int) {
	p.returncode = &code
	p.exited = true
	p.tryFinish()
}

func (p *Process) pipeClosed() {
	p.openPipes--
	p.tryFinish()
}

func (p *Process) tryFinish() {
	if !p.exited || p.openPipes > 0 {
		return
	}
	loop().callSoon(func() {
		for _, w := range p.exitWait {
			if w.state != cancelled {
				w.setResult()
			}
		}
		p.exitWait = nil
	})
}

// Pid is process.pid.
func (p *Process) Pid() int { return p.cmd.Process.Pid }

// Returncode is process.returncode; ok is false while it is None.
func (p *Process) Returncode() (code int, ok bool) {
	if p.returncode == nil {
		return 0, false
	}
	return *p.returncode, true
}

// Wait is "await process.wait()": the exit status, negative for a signal.
func (p *Process) Wait() (int, error) {
	if p.returncode != nil {
		return *p.returncode, nil
	}
	w := &futureCore{}
	p.exitWait = append(p.exitWait, w)
	if err := waitOn(w); err != nil {
		return 0, err
	}
	return *p.returncode, nil
}

// Kill is process.kill().
func (p *Process) Kill() { p.signal(syscall.SIGKILL) }

// Terminate is process.terminate().
func (p *Process) Terminate() { p.signal(syscall.SIGTERM) }

// SendSignal is process.send_signal(sig).
func (p *Process) SendSignal(sig int) { p.signal(syscall.Signal(sig)) }

func (p *Process) signal(sig syscall.Signal) {
	if p.returncode == nil {
		p.cmd.Process.Signal(sig)
	}
}

// Communicate is "await process.communicate(input)": it writes input,
// closes stdin, reads stdout and stderr to the end and waits for exit.
func (p *Process) Communicate(input []byte) (stdout, stderr []byte, err error) {
	feed := VoidCoro("Process._feed_stdin", func() error {
		if p.Stdin == nil {
			return nil
		}
		if input != nil {
			p.Stdin.Write(input)
		}
		return p.Stdin.Close()
	})
	readOut := NewCoro("Process._read_stream", func() ([]byte, error) {
		if p.Stdout == nil {
			return nil, nil
		}
		return p.Stdout.Read(-1)
	})
	readErr := NewCoro("Process._read_stream", func() ([]byte, error) {
		if p.Stderr == nil {
			return nil, nil
		}
		return p.Stderr.Read(-1)
	})
	t1, t2, t3 := CreateTask(feed), CreateTask(readOut), CreateTask(readErr)
	if _, err := GatherReturnExceptions[NoneType](t1).Await(); err != nil {
		return nil, nil, err
	}
	if stdout, err = t2.Await(); err != nil {
		return nil, nil, err
	}
	if stderr, err = t3.Await(); err != nil {
		return nil, nil, err
	}
	if _, err := p.Wait(); err != nil {
		return nil, nil, err
	}
	return stdout, stderr, nil
}

// StreamReader is asyncio.StreamReader for a subprocess pipe.
type StreamReader struct {
	loop   *Loop
	buf    []byte
	eof    bool
	waiter *futureCore
}

func (s *StreamReader) pump(r *os.File, p *Process) {
	defer r.Close()
	for {
		chunk := make([]byte, 65536)
		n, err := r.Read(chunk)
		if n > 0 {
			data := chunk[:n]
			s.loop.callSoonThreadsafe(func() { s.feed(data) })
		}
		if err != nil {
			if err != io.EOF {
				_ = err
			}
			s.loop.callSoonThreadsafe(func() { s.feedEOF(); p.pipeClosed() })
			return
		}
	}
}

func (s *StreamReader) wake() {
	if w := s.waiter; w != nil {
		s.waiter = nil
		if !w.done() {
			w.setResult()
		}
	}
}

func (s *StreamReader) feed(data []byte) {
	s.buf = append(s.buf, data...)
	s.wake()
}

func (s *StreamReader) feedEOF() {
	s.eof = true
	s.wake()
}

func (s *StreamReader) waitForData() error {
	s.waiter = &futureCore{}
	err := waitOn(s.waiter)
	s.waiter = nil
	return err
}

// Read is "await stream.read(n)"; n < 0 reads to the end.
func (s *StreamReader) Read(n int) ([]byte, error) {
	if n == 0 {
		return []byte{}, nil
	}
	if n < 0 {
		for !s.eof {
			if err := s.waitForData(); err != nil {
				return nil, err
			}
		}
		out := s.buf
		s.buf = nil
		if out == nil {
			out = []byte{}
		}
		return out, nil
	}
	if len(s.buf) == 0 && !s.eof {
		if err := s.waitForData(); err != nil {
			return nil, err
		}
	}
	n = min(n, len(s.buf))
	out := append([]byte(nil), s.buf[:n]...)
	s.buf = s.buf[n:]
	return out, nil
}

// Readline is "await stream.readline()": one line with its newline, or
// what is left at the end of the stream.
func (s *StreamReader) Readline() ([]byte, error) {
	for {
		for i, c := range s.buf {
			if c == '\n' {
				out := append([]byte(nil), s.buf[:i+1]...)
				s.buf = s.buf[i+1:]
				return out, nil
			}
		}
		if s.eof {
			out := s.buf
			s.buf = nil
			if out == nil {
				out = []byte{}
			}
			return out, nil
		}
		if err := s.waitForData(); err != nil {
			return nil, err
		}
	}
}

// AtEOF is stream.at_eof().
func (s *StreamReader) AtEOF() bool { return s.eof && len(s.buf) == 0 }

// StreamWriter is the writing end of a subprocess's stdin.
type StreamWriter struct {
	w *os.File
}

// Write is writer.write(data).
func (s *StreamWriter) Write(data []byte) {
	s.w.Write(data)
}

// Drain is "await writer.drain()".
func (s *StreamWriter) Drain() error { return nil }

// Close is writer.close().
func (s *StreamWriter) Close() error {
	s.w.Close()
	return nil
}

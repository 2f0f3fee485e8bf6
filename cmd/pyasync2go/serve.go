package main

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
	"strings"
	"time"

	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/playground"
)

func (c *cli) serve(args []string) int {
	fs := c.flags("serve")
	addr := fs.String("addr", "127.0.0.1:8080", "")
	open := fs.Bool("open", true, "")
	timeout := fs.Duration("timeout", 60*time.Second, "")
	rest, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) != 0 {
		return c.usageError("serve", "unexpected arguments: %s", strings.Join(rest, " "))
	}
	cache, err := driver.NewCache("")
	if err != nil {
		return c.report(err)
	}
	h := playground.New(playground.Options{
		Translate: func(filename string, src []byte, line bool) ([]byte, error) {
			return driver.Translate(translator, filename, src, driver.Options{NoLine: !line})
		},
		Run: func(ctx context.Context, filename string, src []byte) (string, string, int, error) {
			bin, err := cache.BuildSource(ctx, translator, filename, src, driver.Options{})
			if err != nil {
				return "", "", 0, err
			}
			stdout, stderr := playground.OutputBuffer(ctx), playground.OutputBuffer(ctx)
			code, err := driver.Run(ctx, bin, filename, nil, strings.NewReader(""), stdout, stderr)
			return stdout.String(), stderr.String(), code, err
		},
		RunTimeout: *timeout,
	})
	l, err := playground.Listen(*addr)
	if err != nil {
		return c.report(err)
	}
	url := "http://" + l.Addr().String() + "/"
	fmt.Fprintf(c.stderr, "pyasync2go playground: %s\n", url)
	if *open {
		if browser, err := exec.LookPath("xdg-open"); err == nil {
			exec.Command(browser, url).Start()
		}
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	return c.report(srv.Serve(l))
}

package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"
)

// Chart geometry, in pixels. The chart is a horizontal bar per benchmark on
// a logarithmic speed-up axis, so its height depends only on the number of
// results.
const (
	chartWidth  = 900
	chartLeft   = 220 // benchmark names
	chartRight  = 120 // value labels
	chartTop    = 50  // title
	chartBottom = 40  // axis labels
	chartRow    = 34
	chartBar    = 20
	textScale   = 2
)

var (
	white     = color.RGBA{255, 255, 255, 255}
	black     = color.RGBA{0, 0, 0, 255}
	gridGrey  = color.RGBA{220, 220, 220, 255}
	axisGrey  = color.RGBA{120, 120, 120, 255}
	failGrey  = color.RGBA{170, 170, 170, 255}
	metGreen  = color.RGBA{46, 160, 67, 255}
	missedRed = color.RGBA{207, 34, 46, 255}
)

// chartSize is the size of the chart drawn for n results.
func chartSize(n int) (w, h int) {
	return chartWidth, chartTop + n*chartRow + chartBottom
}

// WriteChart draws the paired speed-ups of results against their targets as
// a PNG.
func WriteChart(w io.Writer, results []Result) error {
	return png.Encode(w, drawChart(results))
}

func drawChart(results []Result) *image.RGBA {
	width, height := chartSize(len(results))
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	draw.Draw(img, img.Bounds(), image.NewUniform(white), image.Point{}, draw.Src)

	// The axis runs from 0.5× to the first power of ten above every value.
	lo, hi := 0.5, 10.0
	for _, r := range results {
		if r.HasTarget {
			hi = max(hi, r.Target.Speedup*1.2)
		}
		if len(r.Pairs) > 0 && r.Err == "" {
			hi = max(hi, summarize(r.Pairs).Speedup*1.2)
		}
	}
	hi = math.Pow(10, math.Ceil(math.Log10(hi)))
	plotW := width - chartLeft - chartRight
	xOf := func(v float64) int {
		v = min(max(v, lo), hi)
		return chartLeft + int(math.Round(float64(plotW)*math.Log(v/lo)/math.Log(hi/lo)))
	}
	plotTop, plotBottom := chartTop-8, height-chartBottom

	drawText(img, chartLeft, 14, "speed-up over cpython (log scale), | = target", textScale, black)

	// Grid lines at 1, 2 and 5 times each power of ten, labelled below
	// where the label does not run into the previous one.
	labelEnd := 0
	for p := 1.0; p <= hi; p *= 10 {
		for _, m := range []float64{1, 2, 5} {
			v := p * m
			if v > hi {
				break
			}
			x := xOf(v)
			c := gridGrey
			if v == 1 {
				c = axisGrey
			}
			fillRect(img, image.Rect(x, plotTop, x+1, plotBottom), c)
			label := fmt.Sprintf("%gx", v)
			lx := x - textWidth(label, textScale)/2
			if lx > labelEnd {
				drawText(img, lx, plotBottom+8, label, textScale, axisGrey)
				labelEnd = lx + textWidth(label, textScale) + 4
			}
		}
	}
	fillRect(img, image.Rect(chartLeft, plotBottom, chartLeft+plotW+1, plotBottom+1), axisGrey)

	for i, r := range results {
		y := chartTop + i*chartRow + (chartRow-chartBar)/2
		textY := y + (chartBar-glyphH*textScale)/2
		drawText(img, chartLeft-8-textWidth(r.Name, textScale), textY, r.Name, textScale, black)
		if r.Err != "" || len(r.Pairs) == 0 {
			fillRect(img, image.Rect(chartLeft, y, chartLeft+chartBar, y+chartBar), failGrey)
			drawText(img, chartLeft+chartBar+8, textY, "no timings", textScale, black)
			continue
		}
		s := summarize(r.Pairs)
		c := metGreen
		if r.HasTarget && !s.SpeedMet(r.Target) {
			c = missedRed
		}
		end := max(xOf(s.Speedup), chartLeft+1)
		fillRect(img, image.Rect(chartLeft, y, end, y+chartBar), c)
		if r.HasTarget {
			tx := xOf(r.Target.Speedup)
			fillRect(img, image.Rect(tx-1, y-4, tx+2, y+chartBar+4), black)
		}
		label := formatRatio(s.Speedup)
		drawText(img, max(end, xOf(r.Target.Speedup))+8, textY, label, textScale, black)
	}
	return img
}

// fillRect paints r, clipped to the image, in c.
func fillRect(img *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(img, r.Intersect(img.Bounds()), image.NewUniform(c), image.Point{}, draw.Src)
}

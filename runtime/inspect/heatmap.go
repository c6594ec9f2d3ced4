package inspect

import (
	"bufio"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"strconv"
)

// Heatmap layout, in pixels. A matrix of rows×cols is drawn with square
// cells of HeatmapCell(rows, cols) pixels at (heatPad, heatPad); to its
// right, after heatGap, a legend strip heatLegendW wide running from +m
// (top) through 0 to −m (bottom), m = max |value|, labelled with those
// three numbers.
const (
	heatPad     = 8
	heatMaxSide = 480 // the plot's longer side is at most this (cells ≥ 1 px)
	heatMaxCell = 32
	heatMinH    = 120 // the legend strip is at least this tall
	heatGap     = 10
	heatLegendW = 14
	heatLabelW  = 84 // room for labels like -1.23e-05 at 2× the 3×5 font
)

// HeatmapCell is the side of one cell: heatMaxSide / max(rows, cols),
// clamped to [1, 32].
func HeatmapCell(rows, cols int) int {
	return min(max(heatMaxSide/max(rows, cols, 1), 1), heatMaxCell)
}

// HeatmapSize is the size of the image Heatmap draws:
// width = 8 + cols·cell + 10 + 14 + 4 + 84 + 8,
// height = 8 + max(rows·cell, 120) + 8.
func HeatmapSize(rows, cols int) (w, h int) {
	c := HeatmapCell(rows, cols)
	w = heatPad + cols*c + heatGap + heatLegendW + 4 + heatLabelW + heatPad
	h = heatPad + max(rows*c, heatMinH) + heatPad
	return w, h
}

// Diverging maps t ∈ [−1, 1] to a blue–white–red colour (ColorBrewer's
// RdBu, reversed: negative blue, zero white, positive red).
func Diverging(t float64) color.RGBA {
	stops := [...][3]float64{{33, 102, 172}, {103, 169, 207}, {247, 247, 247}, {239, 138, 98}, {178, 24, 43}}
	if math.IsNaN(t) {
		return color.RGBA{128, 128, 128, 255}
	}
	t = math.Max(-1, math.Min(1, t))
	x := (t + 1) / 2 * float64(len(stops)-1)
	i := min(int(x), len(stops)-2)
	f := x - float64(i)
	var c [3]uint8
	for k := range c {
		c[k] = uint8(math.Round(stops[i][k]*(1-f) + stops[i+1][k]*f))
	}
	return color.RGBA{c[0], c[1], c[2], 255}
}

// Heatmap draws a row-major rows×cols matrix with the diverging colour map
// scaled to ±max|v| and a legend strip (see HeatmapSize). Non-finite
// entries are grey.
func Heatmap(vals []float64, rows, cols int) (*image.RGBA, error) {
	if rows < 1 || cols < 1 || len(vals) != rows*cols {
		return nil, fmt.Errorf("heatmap: %d values for a %d×%d matrix", len(vals), rows, cols)
	}
	w, h := HeatmapSize(rows, cols)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	fill(img, img.Bounds(), color.RGBA{255, 255, 255, 255})
	m := 0.0
	for _, v := range vals {
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			m = math.Max(m, math.Abs(v))
		}
	}
	c := HeatmapCell(rows, cols)
	for i := 0; i < rows; i++ {
		for j := 0; j < cols; j++ {
			v := vals[i*cols+j]
			t := 0.0
			switch {
			case math.IsNaN(v) || math.IsInf(v, 0):
				t = math.NaN()
			case m > 0:
				t = v / m
			}
			x, y := heatPad+j*c, heatPad+i*c
			fill(img, image.Rect(x, y, x+c, y+c), Diverging(t))
		}
	}
	frame(img, image.Rect(heatPad-1, heatPad-1, heatPad+cols*c+1, heatPad+rows*c+1), color.RGBA{90, 90, 90, 255})
	// Legend: +m at the top, −m at the bottom.
	lh := max(rows*c, heatMinH)
	lx := heatPad + cols*c + heatGap
	for y := 0; y < lh; y++ {
		t := 1 - 2*float64(y)/float64(lh-1)
		fill(img, image.Rect(lx, heatPad+y, lx+heatLegendW, heatPad+y+1), Diverging(t))
	}
	frame(img, image.Rect(lx-1, heatPad-1, lx+heatLegendW+1, heatPad+lh+1), color.RGBA{90, 90, 90, 255})
	tx := lx + heatLegendW + 4
	ink := color.RGBA{0, 0, 0, 255}
	drawText(img, tx, heatPad, label(m), ink)
	drawText(img, tx, heatPad+lh/2-glyphH, "0", ink)
	drawText(img, tx, heatPad+lh-2*glyphH, label(-m), ink)
	return img, nil
}

// label formats a legend value in at most 9 characters.
func label(v float64) string {
	s := strconv.FormatFloat(v, 'g', 3, 64)
	if len(s) > 9 {
		s = strconv.FormatFloat(v, 'e', 1, 64)
	}
	return s
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetRGBA(x, y, c)
		}
	}
}

func frame(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	fill(img, image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+1), c)
	fill(img, image.Rect(r.Min.X, r.Max.Y-1, r.Max.X, r.Max.Y), c)
	fill(img, image.Rect(r.Min.X, r.Min.Y, r.Min.X+1, r.Max.Y), c)
	fill(img, image.Rect(r.Max.X-1, r.Min.Y, r.Max.X, r.Max.Y), c)
}

// A 3×5 pixel font for numbers, drawn at 2×: glyphs are 6×10 pixels with
// 2 pixels between them.
const (
	glyphScale = 2
	glyphH     = 5 * glyphScale
	glyphAdv   = 4 * glyphScale
)

var glyphs = map[rune][5]string{
	'0': {"###", "#.#", "#.#", "#.#", "###"},
	'1': {".#.", "##.", ".#.", ".#.", "###"},
	'2': {"###", "..#", "###", "#..", "###"},
	'3': {"###", "..#", "###", "..#", "###"},
	'4': {"#.#", "#.#", "###", "..#", "..#"},
	'5': {"###", "#..", "###", "..#", "###"},
	'6': {"###", "#..", "###", "#.#", "###"},
	'7': {"###", "..#", "..#", "..#", "..#"},
	'8': {"###", "#.#", "###", "#.#", "###"},
	'9': {"###", "#.#", "###", "..#", "###"},
	'.': {"...", "...", "...", "...", ".#."},
	'-': {"...", "...", "###", "...", "..."},
	'+': {"...", ".#.", "###", ".#.", "..."},
	'e': {"...", "###", "#.#", "##.", ".##"},
	'N': {"#.#", "###", "###", "###", "#.#"},
	'a': {"...", "##.", ".##", "#.#", "###"},
	'I': {"###", ".#.", ".#.", ".#.", "###"},
	'n': {"...", "##.", "#.#", "#.#", "#.#"},
	'f': {".##", "#..", "##.", "#..", "#.."},
}

// drawText draws s with its top-left corner at (x, y); unknown characters
// are blank.
func drawText(img *image.RGBA, x, y int, s string, c color.RGBA) {
	for _, r := range s {
		g := glyphs[r]
		for row, line := range g {
			for col, px := range line {
				if px == '#' {
					fill(img, image.Rect(x+col*glyphScale, y+row*glyphScale, x+(col+1)*glyphScale, y+(row+1)*glyphScale), c)
				}
			}
		}
		x += glyphAdv
	}
}

// WritePNG writes img to path.
func WritePNG(path string, img image.Image) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriter(f)
	if err := png.Encode(w, img); err != nil {
		return err
	}
	return w.Flush()
}

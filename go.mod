module github.com/hopf-ml/hopf

go 1.26.8

require (
	github.com/alecthomas/kong v1.17.0
	github.com/alecthomas/participle/v2 v2.1.4
	gonum.org/v1/gonum v0.11.0
)

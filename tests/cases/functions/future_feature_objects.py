from __future__ import annotations, division
import __future__
print(annotations)
print(division.getMandatoryRelease(), annotations.compiler_flag)
print(__future__.all_feature_names[-2:], __future__.annotations is annotations)

# statistics: mean/median/mode families, variance and stdev, quantiles, correlation (3.10), fmean, harmonic and geometric means.
import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data), st.multimode("aabbc"), st.fmean(data))
print(st.pvariance(data), st.pstdev(data), st.variance(data), f"{st.stdev(data):.12f}", st.median_grouped([1, 2, 2, 3, 4]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.harmonic_mean([40, 60]), f"{st.geometric_mean([1, 2, 4]):.12f}")
print(st.quantiles(range(1, 11), n=4), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9], n=4, method="inclusive"))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(f"{st.correlation(x, y):.12f}", f"{st.covariance(x, y):.12f}", st.linear_regression(x, y))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: st.mean([])), err(lambda: st.stdev([1])), err(lambda: st.mode([])), err(lambda: st.harmonic_mean([-1])))
nd = st.NormalDist(100, 15)
print(nd.mean, nd.stdev, f"{nd.cdf(115):.10f}", f"{nd.inv_cdf(0.975):.10f}", nd + 5, nd * 2)
